//! ASCII case-insensitive keys (replaces the unicase crate).
use core::hash::{Hash, Hasher};
use core::ops::Deref;
#[derive(Clone, Debug)]
pub struct UniCase<S>(S);
impl<S: AsRef<str>> UniCase<S> {
    pub fn new(s: S) -> Self {
        UniCase(s)
    }
}
impl<S> Deref for UniCase<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.0
    }
}
impl<S: AsRef<str>> PartialEq for UniCase<S> {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_ref().eq_ignore_ascii_case(other.0.as_ref())
    }
}
impl<S: AsRef<str>> Eq for UniCase<S> {}
impl<S: AsRef<str>> Hash for UniCase<S> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        for b in self.0.as_ref().bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
        h.write_u8(0xff);
    }
}
