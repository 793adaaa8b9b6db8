//! Plural categories: which form of a counted message a number takes. The core does not know
//! the languages' rules; it is given them (a port), as the browser's `Intl.PluralRules` for the
//! page's locale (the platform layer), or [`Plurals::english`] here and in native tests.

use std::fmt;
use std::rc::Rc;

/// A CLDR plural category, as GOV.UK Frontend's plural objects name them.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The name a plural object uses ("few").
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category a plural object's key names; `None` for any other word.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// A language's plural rule: the categories it uses, and which one a count takes.
#[derive(Clone)]
pub struct Plurals {
    categories: Vec<Category>,
    rule: Rule,
}

/// How the category is chosen.
#[derive(Clone)]
enum Rule {
    /// English's: one for 1.
    English,
    /// Given for a language (its tag): the browser's rule for the page's language, or a
    /// test's.
    Given(String, Rc<dyn Fn(u64) -> Category>),
}

impl Plurals {
    /// The rule of the language `lang`: the categories it uses and the choice for each count.
    pub fn new(
        lang: &str,
        categories: Vec<Category>,
        rule: impl Fn(u64) -> Category + 'static,
    ) -> Plurals {
        Plurals {
            categories,
            rule: Rule::Given(lang.to_owned(), Rc::new(rule)),
        }
    }

    /// English (and German): "one" for 1, "other" for every other count.
    pub fn english() -> Plurals {
        Plurals {
            categories: vec![Category::One, Category::Other],
            rule: Rule::English,
        }
    }

    /// The category `n` takes. A rule that names a category the language does not use is
    /// taken at its word: the plural object falls back to "other" where that form is missing.
    pub fn select(&self, n: u64) -> Category {
        match &self.rule {
            Rule::English if n == 1 => Category::One,
            Rule::English => Category::Other,
            Rule::Given(_, rule) => rule(n),
        }
    }

    /// The categories the language uses (what a host's plural object should give).
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }
}

impl Default for Plurals {
    fn default() -> Self {
        Plurals::english()
    }
}

impl PartialEq for Plurals {
    /// The same language's rule: a form compiled again with it (an attribute changed) is the
    /// same form.
    fn eq(&self, other: &Self) -> bool {
        self.categories == other.categories
            && match (&self.rule, &other.rule) {
                (Rule::English, Rule::English) => true,
                (Rule::Given(a, _), Rule::Given(b, _)) => a == b,
                _ => false,
            }
    }
}

impl Eq for Plurals {}

impl fmt::Debug for Plurals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Plurals").field(&self.categories).finish()
    }
}
