//! What the user has typed, by field key.

use super::{Key, TICKED};

/// The answers, by field key. Missing entries read as empty. Kept exactly as typed:
/// normalising happens where values are used, never where they are stored. (A vector sorted by
/// key: a few dozen entries.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(Vec<(Key, String)>);

impl Values {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| (**k).cmp(key))
    }

    pub fn get(&self, key: &str) -> &str {
        match self.find(key) {
            Ok(i) => &self.0[i].1,
            Err(_) => "",
        }
    }

    /// Sets an answer; an empty one is no answer.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match (self.find(key), value.is_empty()) {
            (Ok(i), true) => {
                self.0.remove(i);
            }
            (Ok(i), false) => self.0[i].1 = value,
            (Err(_), true) => {}
            (Err(i), false) => self.0.insert(i, (Key::from(key), value)),
        }
    }

    pub fn is_ticked(&self, key: &str) -> bool {
        self.get(key) == TICKED
    }

    /// The fields that hold something, by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (&**k, v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// These values split in two: those whose keys `known` accepts, and the rest.
    pub fn partition(self, known: impl Fn(&str) -> bool) -> (Values, Values) {
        let (mine, others) = self.0.into_iter().partition(|(k, _)| known(k));
        (Values(mine), Values(others))
    }

    /// These values with `other`'s added where this has none.
    pub fn with(mut self, other: &Values) -> Values {
        for (key, value) in other.iter() {
            if self.get(key).is_empty() {
                self.set(key, value);
            }
        }
        self
    }
}

impl<K: AsRef<str>, V: Into<String>> FromIterator<(K, V)> for Values {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut values = Values::default();
        for (key, value) in iter {
            values.set(key.as_ref(), value);
        }
        values
    }
}
