//! The catalogue: every string the widget writes, by key, with its English text and the
//! placeholders it is given. The README's "Languages" section lists the same (a test holds
//! the two together), and `de.json` translates every key (a test holds that too).
//!
//! Names follow GOV.UK Frontend where a string has a counterpart there (`errorSummaryTitle`,
//! `wordsUnderLimit`, `wordsAtLimit`, `wordsOverLimit`, `textareaDescription`).

/// A string's English text: one text, or a counted string's "one" and "other" forms.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum English {
    Text(&'static str),
    Plural(&'static str, &'static str),
}

macro_rules! english {
    ({ one: $one:literal, other: $other:literal }) => {
        English::Plural($one, $other)
    };
    ($text:literal) => {
        English::Text($text)
    };
}

/// One entry of the catalogue.
struct Entry {
    name: &'static str,
    english: English,
    placeholders: &'static [&'static str],
}

macro_rules! catalogue {
    ($( $key:ident $name:literal [$($p:ident),*] = $text:tt; )*) => {
        /// A string of the catalogue.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            /// Every key, in the catalogue's order.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        /// The entries, in the keys' order (data, not code: one table for every lookup).
        static ENTRIES: &[Entry] = &[$(Entry {
            name: $name,
            english: english!($text),
            placeholders: &[$(stringify!($p)),*],
        },)*];
    };
}

impl Key {
    fn entry(self) -> &'static Entry {
        &ENTRIES[self as usize]
    }

    /// The name hosts and translations use ("errorSummaryTitle").
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// The placeholders the widget gives it (besides `count` for a counted one).
    pub fn placeholders(self) -> &'static [&'static str] {
        self.entry().placeholders
    }

    /// Its English text.
    pub fn english(self) -> English {
        self.entry().english
    }
}

/// The months' names, January first.
pub const MONTHS: [Key; 12] = [
    Key::January,
    Key::February,
    Key::March,
    Key::April,
    Key::May,
    Key::June,
    Key::July,
    Key::August,
    Key::September,
    Key::October,
    Key::November,
    Key::December,
];

impl Key {
    /// The key a host or a translation names.
    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|k| k.name() == name)
    }

    /// Whether it is counted (a plural object, `%{count}`).
    pub fn counted(self) -> bool {
        matches!(self.english(), English::Plural(..))
    }
}

catalogue! {
    // ---- The reading part: title, lead, expectations and pitch
    WidgetTitle "widgetTitle" [] = "Working with us on an engagement";
    WidgetTitleTeam "widgetTitleTeam" [team] = "Working with %{team}";
    Lead "lead" [] = "Before an engagement starts, read the ground rules, see how a first meeting goes, and send us a one-pager about your problem and proposed solution.";
    LeadDocument "leadDocument" [document, Document, aDocument, ADocument] = "Before an engagement starts, read the ground rules, see how a first meeting goes, and send us %{aDocument}.";
    ConfigProblems "configProblems" [] = "This widget's configuration has problems, so defaults are used where needed:";
    BaselineHeading "baselineHeading" [] = "Set a baseline";
    BaselineIntro "baselineIntro" [] = "What will and won't happen in an engagement, agreed before it starts.";
    PitchHeading "pitchHeading" [] = "Prepare the pitch";
    PitchIntro "pitchIntro" [] = "A first meeting usually follows these five steps.";
    PitchIntroOwn "pitchIntroOwn" [] = "A first meeting usually follows these steps.";
    PitchProgrammeTitle "pitchProgrammeTitle" [] = "What is AuxEng?";
    PitchProgrammeBody "pitchProgrammeBody" [] = "How it works, and its vocabulary: embeds, engagements, trainings and the other ways our team can work with yours.";
    PitchTeamTitle "pitchTeamTitle" [team] = "What is %{team}?";
    PitchTeamTitleUnnamed "pitchTeamTitleUnnamed" [] = "What is our team?";
    PitchTeamBody "pitchTeamBody" [mission] = "%{mission} We explain our direction and mission: the practice we want to spread, and whether it centres on a tool.";
    PitchTeamBodyUnnamed "pitchTeamBodyUnnamed" [] = "We explain our team's direction and mission: the practice we want to spread, and whether it centres on a tool.";
    PitchWhyTitle "pitchWhyTitle" [] = "Why AuxEng?";
    PitchWhyBody "pitchWhyBody" [] = "Of all the ways teams can work together, why an AuxEng engagement is the right one for this work.";
    PitchEmbedTitle "pitchEmbedTitle" [] = "What does an embed do?";
    PitchEmbedBody "pitchEmbedBody" [] = "An embed is the part of an engagement where aux engineers write code and help your team directly, alongside your own engineers.";
    PitchStartTitle "pitchStartTitle" [] = "How do we get started?";
    PitchStartBody "pitchStartBody" [] = "Everything so far comes together here. To start, your team sends us a one-pager explaining its problem and proposed solution, so that we can judge together whether an engagement makes sense for both sides.";
    PitchStartBodyDocument "pitchStartBodyDocument" [document, Document, aDocument, ADocument] = "Everything so far comes together here. To start, your team sends us %{aDocument}, so that we can judge together whether an engagement makes sense for both sides.";

    // ---- The handout
    HandoutHeading "handoutHeading" [] = "Take the expectations and the pitch with you";
    HandoutHint "handoutHint" [] = "A handout of the two parts above, for an email to a team or for a first meeting. \u{201c}For email\u{201d} keeps the headings and lists when you paste into an email; \u{201c}as Markdown\u{201d} is for places that read Markdown.";
    HandoutCopyForEmail "handoutCopyForEmail" [] = "Copy the handout for email";
    HandoutCopyMarkdown "handoutCopyMarkdown" [] = "Copy the handout as Markdown";
    HandoutDownload "handoutDownload" [] = "Download the handout";
    HandoutPrint "handoutPrint" [] = "Print the handout";
    HandoutShowSource "handoutShowSource" [] = "Show the handout as Markdown";
    HandoutSource "handoutSource" [] = "The handout as Markdown";
    HandoutCopiedFormatted "handoutCopiedFormatted" [] = "The expectations and the pitch were copied, formatted for an email.";
    HandoutCopiedMarkdown "handoutCopiedMarkdown" [] = "The expectations and the pitch were copied as Markdown.";
    HandoutCopySelected "handoutCopySelected" [] = "Could not copy automatically. The Markdown is selected in the box below: press Ctrl+C (or Command+C on a Mac) to copy it.";
    HandoutCopyFailed "handoutCopyFailed" [] = "Could not copy. Select the Markdown in the box below and copy it yourself.";
    HandoutPrintFailed "handoutPrintFailed" [why] = "This browser could not print (%{why}). Download the Markdown instead.";
    HandoutFileName "handoutFileName" [] = "engagement-guide";

    // ---- The form
    DefaultDocument "defaultDocument" [] = "a one-pager";
    FormHeading "formHeading" [document, Document, aDocument, ADocument] = "Write your %{document}";
    FormIntro "formIntro" [document, Document, aDocument, ADocument] = "Answer all the questions (optional ones say so), then check your %{document}. Nothing you type leaves this page unless you copy, download or email it.";
    OptionalLabel "optionalLabel" [Label] = "%{Label} (optional)";
    ExamplePrefix "examplePrefix" [] = "For example:";
    ErrorPrefix "errorPrefix" [] = "Error:";
    ErrorSummaryTitle "errorSummaryTitle" [] = "There is a problem";
    SelectOne "selectOne" [] = "Select one";
    OtherOption "otherOption" [] = "Other";
    OtherName "otherName" [] = "Your answer";
    TextareaDescription "textareaDescription" [] = { one: "You can enter up to %{count} word", other: "You can enter up to %{count} words" };
    WordsUnderLimit "wordsUnderLimit" [] = { one: "You have %{count} word remaining", other: "You have %{count} words remaining" };
    WordsAtLimit "wordsAtLimit" [] = "You have 0 words remaining";
    WordsOverLimit "wordsOverLimit" [] = { one: "You have %{count} word too many", other: "You have %{count} words too many" };
    QuestionsRevealed "questionsRevealed" [questions] = { one: "New question below: %{questions}.", other: "New questions below: %{questions}." };
    Quoted "quoted" [text] = "\u{201c}%{text}\u{201d}";
    ListJoin "listJoin" [first, next] = "%{first}, %{next}";
    ItemsJoin "itemsJoin" [first, next] = "%{first}; %{next}";
    DocumentLong "documentLong" [document, Document, aDocument, ADocument, limit] = { one: "Your %{document} is %{count} word long. %{ADocument} reads best under %{limit} words.", other: "Your %{document} is %{count} words long. %{ADocument} reads best under %{limit} words." };
    CheckDocument "checkDocument" [document, Document, aDocument, ADocument] = "Check your %{document}";
    DateHint "dateHint" [] = "Type a / between the parts of the date, in the order the box shows them.";
    ListHint "listHint" [] = "Put each one on a line of its own.";

    // ---- Messages made from labels (a definition's `messages` replace them)
    EnterLabel "enterLabel" [label, Label] = "Enter %{label}";
    AnswerQuestion "answerQuestion" [Label] = "Answer \u{201c}%{Label}\u{201d}";
    AnswerToName "answerToName" [Label] = "Your answer to \u{201c}%{Label}\u{201d}";
    EnterLines "enterLines" [label, Label] = "Enter %{label}, one per line";
    EnterAtLeastLines "enterAtLeastLines" [label, Label] = { one: "Enter at least %{count} %{label}, one per line", other: "Enter at least %{count} %{label}, one per line" };
    EnterAtMostLines "enterAtMostLines" [label, Label] = { one: "Enter %{count} %{label} or fewer, one per line", other: "Enter %{count} %{label} or fewer, one per line" };
    AnswerInLines "answerInLines" [Label] = { one: "Answer \u{201c}%{Label}\u{201d} in %{count} line or fewer", other: "Answer \u{201c}%{Label}\u{201d} in %{count} lines or fewer" };
    SelectLabel "selectLabel" [label, Label] = "Select %{label}";
    SelectAtLeast "selectAtLeast" [label, Label] = { one: "Select at least %{count} %{label}", other: "Select at least %{count} %{label}" };
    SelectAtLeastFor "selectAtLeastFor" [Label] = { one: "Select at least %{count} for \u{201c}%{Label}\u{201d}", other: "Select at least %{count} for \u{201c}%{Label}\u{201d}" };
    SelectAtMost "selectAtMost" [label, Label] = { one: "Select %{count} %{label} or fewer", other: "Select %{count} %{label} or fewer" };
    SelectAtMostFor "selectAtMostFor" [Label] = { one: "Select %{count} or fewer for \u{201c}%{Label}\u{201d}", other: "Select %{count} or fewer for \u{201c}%{Label}\u{201d}" };
    ConfirmOption "confirmOption" [option] = "Confirm \u{201c}%{option}\u{201d}";
    ConfirmExpectation "confirmExpectation" [title] = "Confirm that your team agrees with \u{201c}%{title}\u{201d}";
    AcknowledgementsHint "acknowledgementsHint" [heading] = "Read the expectations under \u{201c}%{heading}\u{201d} above: your team must agree to each one. Tick each box.";
    TooManyCharacters "tooManyCharacters" [name] = { one: "%{name} must be %{count} character or fewer", other: "%{name} must be %{count} characters or fewer" };
    TooManyWords "tooManyWords" [name] = { one: "%{name} must be %{count} word or fewer", other: "%{name} must be %{count} words or fewer" };
    EmailFormat "emailFormat" [name] = "Enter an email address in the correct format, like name@example.com";
    DateIncomplete "dateIncomplete" [name] = "%{name} must be a real date, including the day, month and year";
    DateNotReal "dateNotReal" [name] = "%{name} must be a real date";
    DateInPast "dateInPast" [name] = "%{name} must be today or in the future";
    NumberFormat "numberFormat" [name, example] = "%{name} must be a whole number, like %{example}";
    NumberRange "numberRange" [name, min, max] = "%{name} must be between %{min} and %{max}";
    WeeksBetween "weeksBetween" [min, max] = "Between %{min} and %{max} weeks.";

    // ---- The document's own words
    NotProvided "notProvided" [] = "Not provided yet";
    NumberWithUnit "numberWithUnit" [number, unit] = "%{number} %{unit}";
    OtherPrefix "otherPrefix" [] = "Other:";
    LongDate "longDate" [day, month, year] = "%{day} %{month} %{year}";
    January "january" [] = "January";
    February "february" [] = "February";
    March "march" [] = "March";
    April "april" [] = "April";
    May "may" [] = "May";
    June "june" [] = "June";
    July "july" [] = "July";
    August "august" [] = "August";
    September "september" [] = "September";
    October "october" [] = "October";
    November "november" [] = "November";
    December "december" [] = "December";
    Ticked "ticked" [] = "Ticked:";
    NotTicked "notTicked" [] = "Not ticked:";

    // ---- The document: preview, actions and what they say
    YourDocument "yourDocument" [document, Document, aDocument, ADocument] = "Your %{document}";
    DocumentReady "documentReady" [document, Document, aDocument, ADocument] = "Your %{document} is ready";
    SendTo "sendTo" [to] = "Send it to %{to}: copy it into an email, download it, or open it in your email app.";
    SendToSharer "sendToSharer" [] = "Send it to the team that shared this page with you: copy it into an email, download it, or open it in your email app.";
    SendToTracker "sendToTracker" [to] = "Send it to %{to}: open it as a new issue in their tracker, copy it into an email, download it, or open it in your email app.";
    SendToSharerTracker "sendToSharerTracker" [] = "Send it to the team that shared this page with you: open it as a new issue in their tracker, copy it into an email, download it, or open it in your email app.";
    FillsIn "fillsIn" [document, Document, aDocument, ADocument, missing] = "The %{document} fills in as you write. Missing answers show as %{missing}.";
    ActionsHint "actionsHint" [] = "Copy for email keeps the headings, lists and links when you paste into an email. Copy Markdown copies the Generated Markdown as it is, for places that read Markdown, like GitHub or GitLab.";
    CopyForEmail "copyForEmail" [] = "Copy for email";
    CopyMarkdown "copyMarkdown" [] = "Copy Markdown";
    DownloadMarkdown "downloadMarkdown" [] = "Download .md";
    OpenInEmail "openInEmail" [] = "Open in email";
    PrintDocument "printDocument" [document, Document, aDocument, ADocument] = "Print %{document}";
    Preview "preview" [] = "Preview";
    GeneratedMarkdown "generatedMarkdown" [] = "Generated Markdown";
    CopiedMarkdown "copiedMarkdown" [] = "Markdown copied to the clipboard.";
    CopiedFormatted "copiedFormatted" [document, Document, aDocument, ADocument] = "Formatted %{document} copied to the clipboard.";
    CopiedPlainOnly "copiedPlainOnly" [] = "Copied as plain Markdown only: this browser would not copy formatted text.";
    CopySelected "copySelected" [] = "Could not copy automatically. The Markdown is selected in the Generated Markdown box: press Ctrl+C (or Command+C on a Mac) to copy it.";
    CopyFailed "copyFailed" [] = "Could not copy. Select the text in the Generated Markdown box and copy it yourself.";
    MailOpening "mailOpening" [document, Document, aDocument, ADocument] = "Opening your email app with the %{document}.";
    MailFailed "mailFailed" [] = "Could not open your email app. Copy the Markdown instead.";
    MailCopied "mailCopied" [document, Document, aDocument, ADocument] = "The %{document} is too long for an email link, so it was copied: paste it into the body of the email that is opening.";
    MailCopiedNotOpened "mailCopiedNotOpened" [document, Document, aDocument, ADocument] = "The %{document} was copied, but your email app could not be opened. Paste it into a new email.";
    MailNotCopied "mailNotCopied" [document, Document, aDocument, ADocument] = "The %{document} is too long for an email link and could not be copied automatically. Copy it from the Generated Markdown box, then paste it into your email.";
    PrintFailed "printFailed" [document, Document, aDocument, ADocument, why] = "This browser could not print (%{why}). Download the %{document} instead.";
    Downloading "downloading" [file] = "Downloading %{file}.";
    DownloadFailed "downloadFailed" [why] = "Could not download the file (%{why}). Copy the Markdown instead.";

    // ---- Hand-off to a tracker
    HandoffButton "handoffButton" [tracker] = "Open as a new issue in %{tracker}";
    HandoffAccessibleName "handoffAccessibleName" [text, host] = "%{text}, at %{host}";
    HandoffOpensTitle "handoffOpensTitle" [host] = "Opens %{host} in a new tab";
    HandoffCopiesTitle "handoffCopiesTitle" [document, Document, aDocument, ADocument, host] = "Copies the %{document} and opens %{host} in a new tab";
    HandoffNext "handoffNext" [tracker] = "Open the new issue in %{tracker}";
    HandoffOpened "handoffOpened" [document, Document, aDocument, ADocument, tracker] = "The new issue in %{tracker} opens in a new tab, with the %{document} in it.";
    HandoffCopied "handoffCopied" [document, Document, aDocument, ADocument] = "The %{document} is on your clipboard: paste it into the issue's description. Open the new issue with the link below.";
    HandoffSelected "handoffSelected" [document, Document, aDocument, ADocument] = "The %{document} is too long to go in the address, and could not be copied automatically: it is selected in the Generated Markdown box. Copy it (Ctrl+C, or Command+C on a Mac), then open the new issue with the link below and paste it into its description.";
    HandoffNotCopied "handoffNotCopied" [document, Document, aDocument, ADocument] = "The %{document} is too long to go in the address, and could not be copied. Select the text in the Generated Markdown box and copy it, then open the new issue with the link below and paste it into its description.";
    HandoffPasteHere "handoffPasteHere" [document, Document, aDocument, ADocument] = "Paste the %{document} here.";

    // ---- Drafts
    DraftsSaving "draftsSaving" [] = "Your answers are saved in this browser as you type.";
    DraftSaved "draftSaved" [time] = "Draft saved %{time}";
    DraftRestored "draftRestored" [] = "Draft restored";
    DraftRestoredFrom "draftRestoredFrom" [time] = "Draft from %{time} restored";
    DraftsOff "draftsOff" [] = "Drafts are off in this browser: your answers are kept only while this page is open.";
    DraftBlocked "draftBlocked" [why] = "A saved draft here could not be read (%{why}), so drafts are off and it is left as it was. Your answers are kept while this page is open.";
    DraftFull "draftFull" [] = "Your draft could not be saved: this browser's storage is full. Your answers are kept while this page is open.";
    DraftFailed "draftFailed" [why] = "Your draft could not be saved (%{why}). Your answers are kept while this page is open.";
    DraftsOnAgain "draftsOnAgain" [] = "Drafts are on again: your answers are saved in this browser.";
    DraftTooLarge "draftTooLarge" [] = "it is too large";
    DraftNotJson "draftNotJson" [] = "it is not JSON";
    DraftNotOurs "draftNotOurs" [] = "it was written by something else";
    DraftNoFields "draftNoFields" [] = "it has no fields";
    DraftNoValues "draftNoValues" [] = "it has no values";
    DraftNothingReadable "draftNothingReadable" [] = "none of its answers can be read";
    DraftUnknownVersion "draftUnknownVersion" [] = "its version is unknown";
    DraftFieldsNotObject "draftFieldsNotObject" [] = "its fields are not an object";
    ReplaceUnreadable "replaceUnreadable" [] = "Replace it with my answers";
    StartOver "startOver" [] = "Start over";
    Cleared "cleared" [] = "The form is cleared, and so is the saved draft.";
    OfferOtherTab "offerOtherTab" [document, Document, aDocument, ADocument] = "A newer draft of this %{document} was saved in another tab.";
    OfferKept "offerKept" [document, Document, aDocument, ADocument] = "Another tab's draft of this %{document} was kept when this one was saved over it.";
    OfferPrefill "offerPrefill" [] = { one: "This link fills in %{count} answer that differs from your saved draft.", other: "This link fills in %{count} answers that differ from your saved draft." };
    OfferImport "offerImport" [document, Document, aDocument, ADocument] = "Replace your answers with the imported %{document}?";
    OfferCleared "offerCleared" [] = "Everything you typed was cleared.";
    OfferReplaced "offerReplaced" [] = "Your previous answers were replaced.";
    LoadIt "loadIt" [] = "Load it";
    KeepMine "keepMine" [] = "Keep mine";
    DiscardIt "discardIt" [] = "Discard it";
    UseLink "useLink" [] = "Use the link's answers";
    KeepDraft "keepDraft" [] = "Keep my draft";
    ReplaceAnswers "replaceAnswers" [] = "Replace my answers";
    Cancel "cancel" [] = "Cancel";
    Undo "undo" [] = "Undo";
    Dismiss "dismiss" [] = "Dismiss";
    LoadedOtherTab "loadedOtherTab" [] = "Loaded the draft from the other tab.";
    LinkAnswersIn "linkAnswersIn" [] = "The link's answers are in the form.";
    AnswersBack "answersBack" [] = "Your answers are back.";
    OrphansTitle "orphansTitle" [] = "Some of your saved answers are not part of this form any more";
    OrphansBody "orphansBody" [] = "This form changed after you saved them. They are kept here until you dismiss them: copy them first if you still need them.";
    OrphansLabel "orphansLabel" [] = "Saved answers";
    OrphansCopy "orphansCopy" [] = "Copy them";
    OrphansDismiss "orphansDismiss" [] = "Dismiss them";
    OrphansCopied "orphansCopied" [] = "The saved answers were copied to the clipboard.";
    OrphansSelected "orphansSelected" [] = "Could not copy automatically. The saved answers are selected: press Ctrl+C (or Command+C on a Mac) to copy them.";
    OrphansCopyFailed "orphansCopyFailed" [] = "Could not copy. Select the saved answers and copy them yourself.";
    OrphansDismissed "orphansDismissed" [] = "The saved answers were dismissed.";

    // ---- Import
    ImportSummary "importSummary" [document, Document, aDocument, ADocument] = "Import %{aDocument}";
    ImportLabel "importLabel" [document, Document, aDocument, ADocument] = "Paste %{aDocument}";
    ImportHint "importHint" [document, Document, aDocument, ADocument] = "Paste %{aDocument} made with this form (or drop its .md file here) to fill in the answers. You can check before anything is replaced.";
    ImportFile "importFile" [] = "Or choose a .md file";
    ImportButton "importButton" [] = "Import";
    ImportFileUnreadable "importFileUnreadable" [] = "That file could not be read. Nothing was changed.";
    ImportNothing "importNothing" [document, Document, aDocument, ADocument] = "Paste %{aDocument} into the box, or choose its .md file. Nothing was changed.";
    ImportNotThisForm "importNotThisForm" [document, Document, aDocument, ADocument] = "This does not look like %{aDocument} made with this form. Paste one made with it, or choose its .md file. Nothing was changed.";
    ImportNotThisFormStart "importNotThisFormStart" [document, Document, aDocument, ADocument, start] = "This does not look like %{aDocument} made with this form. Paste one that starts with \u{201c}%{start}\u{201d}, or choose its .md file. Nothing was changed.";
    Imported "imported" [document, Document, aDocument, ADocument] = "Imported the %{document} into the form.";
    ImportedPart "importedPart" [document, Document, aDocument, ADocument, unknown] = "Imported the %{document}. Not imported, because the form has no place for them: %{unknown}.";
    NotImported "notImported" [] = "Not imported, because the form has no place for them:";
    UnknownSection "unknownSection" [title] = "the section \"%{title}\"";
    UnknownExpectation "unknownExpectation" [text] = "the expectation \"%{text}\"";

    // ---- The loader (before the module runs, and if it stops)
    Loading "loading" [] = "Loading the engagement guide\u{2026}";
    BlockedByPolicy "blockedByPolicy" [] = "The engagement guide can't start here: this page's security policy blocks WebAssembly ('wasm-unsafe-eval' is needed).";
    NotLoaded "notLoaded" [reason] = "The engagement guide could not be loaded: its files did not arrive (%{reason}). Reload the page to try again.";
    CannotStart "cannotStart" [reason] = "The engagement guide can't start in this browser (%{reason}). Try a current version of Chrome, Edge, Firefox or Safari.";
    Stopped "stopped" [reason] = "The engagement guide stopped working (%{reason})";
    StoppedSaved "stoppedSaved" [stopped, time] = "%{stopped}. Your answers saved at %{time} are kept and come back when you reload the page; anything typed after that may be lost.";
    StoppedUnsaved "stoppedUnsaved" [stopped] = "%{stopped}. Answers typed since the page opened may not have been saved; reloading the page brings back the last saved draft, if there is one.";
    StoppedReload "stoppedReload" [stopped] = "%{stopped}. Reload the page to start it again.";
}
