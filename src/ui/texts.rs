//! Every text of the widget's own interface, in Dutch (the default) and English. The
//! questionnaire's texts come from its configuration, in whatever language that is written in.

use scan_core::formats::{exchange::EXCHANGE_KIND, plan::PLAN_KIND, swv_reference::REFERENCE_KIND};

/// Why a file the browser could not read was not taken (after "want" / "because").
const UNREADABLE_NL: &str = "de browser kon het niet lezen (verplaatst of gewijzigd nadat het gekozen werd?); kies het opnieuw";
const UNREADABLE_EN: &str =
    "the browser could not read it (moved or changed after it was chosen?); choose it again";

/// The interface language, from the mount element's `data-lang`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// `n` with its noun, singular or plural: "1 stelling", "3 stellingen".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Lang {
    /// Every interface language.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// `en` or `en-…` gives English; anything else Dutch.
    pub fn from_attribute(value: Option<&str>) -> Lang {
        match value.map(|v| v.trim().to_ascii_lowercase()) {
            Some(v) if v == "en" || v.starts_with("en-") => Lang::En,
            _ => Lang::Nl,
        }
    }

    /// The BCP 47 code for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// The interface texts in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts(pub Lang);

macro_rules! texts {
    ($($name:ident: $nl:expr, $en:expr;)*) => {
        impl Texts {
            $(
                #[doc = $nl]
                pub fn $name(self) -> &'static str {
                    match self.0 {
                        Lang::Nl => $nl,
                        Lang::En => $en,
                    }
                }
            )*
        }
    };
}

texts! {
    loading: "De scan wordt geladen…", "Loading the scan…";
    cannot_load: "De scan kan niet worden geladen", "The scan cannot be loaded";
    no_reader: "Deze pagina laadt de versie zonder eigen vragenlijsten, maar vraagt om een eigen vragenlijst (data-config). Laad de widget met scan-passend-onderwijs.js en het teambeeld met team-page.js: die kiezen zelf de juiste versie.", "This page loads the version without own questionnaires, but asks for one (data-config). Load the widget with scan-passend-onderwijs.js and the team page with team-page.js: they pick the right version themselves.";
    config_has_errors: "Het bestand met de vragen van deze scan bevat fouten:", "The file with this scan's questions has errors:";
    tell_site_owner: "Geef deze melding door aan de beheerder van deze website.", "Please pass this message on to the owner of this website.";
    other_tab: "Antwoorden uit een ander tabblad met deze scan zijn toegevoegd. Er is niets verloren gegaan.", "Answers from another tab with this scan were added. Nothing was lost.";
    other_tab_started_over: "In een ander tabblad is deze scan opnieuw begonnen. De antwoorden van daarvoor zijn daarom ook hier gewist.", "This scan was started over in another tab, so the answers from before are gone here too.";
    other_tab_unreadable: "In een ander tabblad is een nieuwere versie van deze scan geopend. Wat u hier nog invult, wordt niet bewaard, zodat de antwoorden daar niet verloren gaan. Laad deze pagina opnieuw om verder te gaan.", "A newer version of this scan was opened in another tab. What you fill in here is no longer saved, so that the answers there are not lost. Reload this page to continue.";
    welcome_back: "Welkom terug. Uw eerdere antwoorden zijn hersteld uit deze browser.", "Welcome back. Your earlier answers were restored from this browser.";
    unreadable_title: "Eerder opgeslagen antwoorden konden niet worden gelezen", "Previously saved answers could not be read";
    unreadable_intro: "In deze browser stonden antwoorden die de scan niet kon openen: ", "This browser held answers the scan could not open: ";
    unreadable_kept: "Ze zijn niet gewist, maar apart bewaard in de browseropslag onder de naam ", "They were not deleted, but kept aside in the browser's storage under the name ";
    unreadable_next: ". U begint nu met een lege scan. Wilt u de oude antwoorden terug, neem dan contact op met de beheerder van deze website.", ". You now start with an empty scan. To get the old answers back, contact the owner of this website.";
    reason_unreadable: "de gegevens zijn beschadigd of onleesbaar", "the data is damaged or unreadable";
    reason_newer: "ze zijn opgeslagen door een nieuwere versie van deze scan", "they were saved by a newer version of this scan";
    understood: "Begrepen", "Understood";
    storage_unavailable: "Deze browser staat niet toe dat de scan iets bewaart. U kunt de scan invullen, maar uw antwoorden zijn weg zodra u de pagina sluit.", "This browser does not let the scan save anything. You can fill in the scan, but your answers are gone once you close the page.";
    save_failed: "Uw laatste antwoord kon niet in deze browser worden bewaard (de opslag is mogelijk vol of geblokkeerd). Laat de pagina open tot u klaar bent, of druk het resultaat af.", "Your last answer could not be saved in this browser (storage may be full or blocked). Keep the page open until you are done, or print the results.";
    no_right_answers: "Er zijn geen goede of foute antwoorden: het gaat om hoe u het ziet.", "There are no right or wrong answers: it is about how you see it.";
    stays_here: "Uw antwoorden blijven in deze browser. Er wordt niets verstuurd.", "Your answers stay in this browser. Nothing is sent anywhere.";
    stop_any_time: "U kunt op elk moment stoppen en later verdergaan op dit apparaat.", "You can stop at any time and continue later on this device.";
    which_school: "Voor welk soort school of organisatie vult u de scan in?", "For which kind of school or organisation do you fill in the scan?";
    which_school_hint: "Zo ziet u alleen de stellingen die bij u passen.", "So you only see the statements that fit you.";
    which_role: "Wat is uw rol?", "What is your role?";
    which_role_hint: "De rollen horen bij het soort school of organisatie dat u hierboven kiest.", "The roles belong to the kind of school or organisation you choose above.";
    extra_modules: "Extra onderdelen", "Extra modules";
    start: "Start de scan", "Start the scan";
    choose_first: "Kies eerst voor welk soort school of organisatie u de scan invult, en uw rol: daar hangen de stellingen van af.", "First choose the kind of school or organisation you fill in the scan for, and your role: the statements depend on it.";
    resume: "Verder met de scan", "Continue the scan";
    see_results: "Bekijk het resultaat", "See the results";
    start_over: "Opnieuw beginnen", "Start over";
    restore_hint: "Hebt u uw antwoorden eerder als bestand bewaard? Zet ze hier terug, ook in een andere browser.", "Did you save your answers as a file before? Restore them here, in another browser too.";
    restore_button: "Antwoorden terugzetten", "Restore answers";
    restore_reading: "Het bestand wordt gelezen…", "Reading the file…";
    restore_replace: "Vervang door het bestand", "Replace with the file";
    restore_replace_question: "Antwoorden vervangen?", "Replace the answers?";
    restore_replace_confirm: "Ja, vervangen", "Yes, replace";
    restore_missing: "Het terugzetten kon niet worden geladen, waarschijnlijk doordat de verbinding weg is. Er is niets veranderd. Kies het bestand opnieuw zodra u weer verbinding hebt.", "Restoring could not be loaded, probably because the connection is gone. Nothing has changed. Choose the file again once you are connected.";
    start_over_question: "Opnieuw beginnen?", "Start over?";
    start_over_warning: "Alle antwoorden en notities van deze scan worden uit deze browser gewist. Dit kunt u niet ongedaan maken.", "All answers and notes of this scan will be deleted from this browser. This cannot be undone.";
    start_over_confirm: "Ja, alles wissen", "Yes, delete everything";
    cancel: "Annuleren", "Cancel";
    to_results: "Naar het resultaat", "To the results";
    next_theme: "Volgend thema", "Next theme";
    back_to_start: "Terug naar de start", "Back to the start";
    previous_theme: "Vorig thema", "Previous theme";
    note_label: "Notitie bij dit thema (niet verplicht)", "Note on this theme (optional)";
    note_hint: "Bijvoorbeeld een situatie uit de praktijk, een vraag of een verschil van mening, voor het gesprek met uw team of adviseur.", "For instance a situation from practice, a question or a difference of opinion, for the conversation with your team or advisor.";
    overview: "Overzicht", "Overview";
    overview_label: "Thema's van de scan", "Themes of the scan";
    view_results: "Resultaat bekijken", "View the results";
    results_kicker: "Resultaat", "Results";
    results_title_school: "Uw beeld van de school", "Your view of the school";
    results_title_swv: "Uw beeld van het samenwerkingsverband", "Your view of the samenwerkingsverband";
    results_own_view_school: "Dit is uw eigen beeld: uw antwoorden, niet die van het team. Leg het naast dat van uw collega's in het gesprek met het team of uw adviseur.", "This is your own view: your answers, not the team's. Put it next to your colleagues' views in the conversation with your team or advisor.";
    results_own_view_swv: "Dit is uw eigen beeld: uw antwoorden, niet die van uw collega's. Leg het naast dat van hen in het gesprek binnen het samenwerkingsverband of met uw adviseur.", "This is your own view: your answers, not your colleagues'. Put it next to theirs in the conversation within the samenwerkingsverband or with your advisor.";
    statuses_title: "Wat de statussen betekenen", "What the statuses mean";
    basic_label: "Basisvoorwaarde", "Basic condition";
    basic_explained: "Een basisvoorwaarde is iets wat op orde moet zijn voordat een thema verder kan komen.", "A basic condition is something that must be in place before a theme can get further.";
    total: "Totaal", "Overall";
    not_answered_yet: "Nog niet ingevuld", "Not answered yet";
    too_few: "Te weinig antwoorden", "Too few answers";
    basic_low: "Basisvoorwaarde niet gehaald:", "Basic condition not met:";
    team_basic_for: "voor: ", "for: ";
    illustration: "Voorbeeldaanpak", "Illustration";
    source: "Bron: ", "Source: ";
    no_score: "Geen score", "No score";
    strengths: "Wat gaat goed", "What goes well";
    attention: "Aandachtspunten", "Points of attention";
    risks: "Risico's", "Risks";
    unanswered: "Nog niet ingevuld", "Not answered yet";
    unanswered_intro: "Deze thema's tellen pas mee als u er stellingen in beantwoordt.", "These themes count once you answer statements in them.";
    empty_group: "Geen thema's in deze groep.", "No themes in this group.";
    focus_title: "Aan de slag: voorgestelde focusthema's", "Getting started: suggested focus themes";
    focus_intro: "De thema's met de laagste status, met praktijkvoorbeelden die passen bij uw antwoorden. Kies er samen twee of drie.", "The themes with the lowest status, with practice examples that fit your answers. Choose two or three together.";
    no_focus: "Er zijn nog geen focusthema's: beantwoord meer stellingen, of kies samen wat u wilt vasthouden.", "There are no focus themes yet: answer more statements, or choose together what you want to keep.";
    answered_low: "Laag beoordeeld:", "Rated low:";
    examples: "Praktijkvoorbeelden", "Practice examples";
    examples_loading: "De praktijkvoorbeelden worden geladen…", "The practice examples are loading…";
    try_again: "Opnieuw proberen", "Try again";
    results_loading: "Het resultaat wordt geladen…", "The results are loading…";
    results_missing: "Het resultaat kon niet worden geladen, waarschijnlijk doordat de verbinding weg is. Uw antwoorden zijn bewaard. Probeer het opnieuw zodra u weer verbinding hebt.", "The results could not be loaded, probably because the connection is gone. Your answers are kept. Try again once you are connected.";
    suits: "Past bij: ", "Suits: ";
    status_prefix: "Status: ", "Status: ";
    note: "Notitie: ", "Note: ";
    change_answers: "Antwoorden aanpassen", "Change answers";
    change: "Wijzig antwoorden", "Change answers";
    print: "Afdrukken", "Print";
    team_title: "Het beeld van het team", "The team's picture";
    team_intro: "Voeg de bestanden toe die de respondenten met ‘Bewaar als bestand’ hebben opgeslagen. Ze worden alleen in deze browser gelezen; er wordt niets verstuurd.", "Add the files the respondents saved with ‘Save as a file’. They are read in this browser only; nothing is sent.";
    team_add: "Bestanden toevoegen", "Add files";
    team_drop: "Of sleep de bestanden hierheen.", "Or drop the files here.";
    team_empty: "Nog geen bestanden toegevoegd.", "No files added yet.";
    team_who: "Wie heeft geantwoord", "Who answered";
    team_theme: "Thema", "Theme";
    team_status: "Status team", "Team status";
    team_score: "Gemiddelde score", "Mean score";
    team_school_types: "Schoolsoort", "School type";
    team_chart_caption: "Per thema het gemiddelde van het team (stip) en de laagste tot hoogste score (balk), tegen de statusgrenzen; de status en de getallen staan ernaast.", "Per theme the team's mean (dot) and the lowest to highest score (bar), against the status bands; the status and the figures follow each.";
    team_chart_earlier: "De ring is het gemiddelde van het eerdere beeld.", "The ring is the earlier picture's mean.";
    team_school: "Naam of code van de school (komt in het rapport en het bestand)", "Name or code of the school (goes into the report and the file)";
    team_report_school: "School", "School";
    team_save_file: "Teambeeld bewaren als bestand", "Save the team picture as a file";
    team_file_saved: "Het teambeeld is opgeslagen bij uw downloads. Bewaar dit bestand; de losse bestanden van de respondenten kunt u daarna verwijderen.", "The team picture was saved to your downloads. Keep this file; you can then delete the respondents' own files.";
    team_privacy_title: "Privacy: wat er met deze bestanden gebeurt", "Privacy: what happens to these files";
    team_privacy_files: "Het bestand van een respondent is een persoonsgegeven: het noemt rol en school (een school heeft één directeur), vaak ook een naam. Bewaar het niet langer dan nodig.", "A respondent's file is personal data: it names a role and a school (a school has one director), often a name too. Do not keep it longer than needed.";
    team_privacy_here: "Deze pagina leest de bestanden alleen in deze browser en bewaart ze alleen op dit apparaat, zonder namen en toelichtingen, tot u ze wist. Er wordt niets verstuurd, ook niet naar de beheerder van deze website.", "This page reads the files in this browser only and keeps them on this device only, without names and notes, until you wipe them. Nothing is sent, not even to the owner of this website.";
    team_kept_here: "Wat u toevoegt, blijft in deze browser op dit apparaat bewaard, ook als u de pagina herlaadt, en nergens anders. Het zijn persoonsgegevens: wis ze na het gesprek.", "What you add stays in this browser on this device, also when you reload the page, and nowhere else. It is personal data: wipe it after the meeting.";
    team_not_kept: "Deze browser staat bewaren hier niet toe: als u de pagina herlaadt, is wat u toevoegde weg. Bewaar het teambeeld als bestand.", "This browser does not allow keeping anything here: when you reload the page, what you added is gone. Save the team picture as a file.";
    team_kept_refused: "De browser weigerde de bestanden te bewaren (de opslag is vol): als u de pagina herlaadt, ontbreekt wat u het laatst toevoegde. Bewaar het teambeeld als bestand, of wis wat u niet meer nodig hebt.", "The browser refused to keep the files (its storage is full): when you reload the page, what you added last is missing. Save the team picture as a file, or wipe what you no longer need.";
    guide_title: "Gespreksleidraad", "Meeting guide";
    guide_intro: "Een agenda voor het gesprek met het team, uit dit teambeeld, in deze volgorde.", "An agenda for the meeting with the team, from this picture, in this order.";
    guide_strengths: "Begin met wat goed gaat", "Start with what goes well";
    guide_no_strengths: "Geen thema heeft nu een sterke status. Vraag het team wat er toch goed gaat, en waar dat aan ligt.", "No theme has a strong status now. Ask the team what goes well all the same, and why.";
    guide_differently: "Waar het team verschillend kijkt", "Where the team sees things differently";
    guide_differently_question: "Vraag aan het team: ‘Wat zien jullie bij deze stelling gebeuren, en hoe komt het dat jullie dit zo verschillend zien?’", "Ask the team: ‘What do you see happening here, and why do you see it so differently?’";
    guide_no_differences: "Geen stelling die het team duidelijk verschillend ziet, of te weinig respondenten om stellingen te tonen.", "No statement the team clearly sees differently, or too few respondents to show statements.";
    guide_unknown: "Wat zouden we moeten weten?", "What should we know?";
    guide_unknown_question: "Vraag: wie weet dit wel, en hoe komt het team het te weten?", "Ask: who does know, and how does the team find out?";
    guide_focus: "Kies twee of drie focusthema’s", "Choose two or three focus themes";
    guide_plan: "Maak het plan", "Make the plan";
    guide_plan_text: "Leg per focusthema vast: het doel, de acties, wie ze oppakt en wanneer. Zet de datums met het agendabestand in de agenda, met een terugblik over een jaar.", "Per focus theme, agree on the goal, the actions, who takes them on and when. Put the dates in the calendar with the calendar file, with a review a year on.";
    plan_calendar: "Datums in de agenda (.ics)", "Dates to the calendar (.ics)";
    plan_when_hint: "Een datum, zoals 15-3-2027 of 15 maart 2027, komt in het agendabestand.", "A date, such as 15-3-2027 or 15 maart 2027, goes into the calendar file.";
    calendar_item: "Plan van aanpak", "Action plan";
    calendar_actions: "Acties", "Actions";
    calendar_who: "Wie", "Who";
    calendar_review: "Scan Passend Onderwijs opnieuw invullen", "Fill in the Scan Passend Onderwijs again";
    calendar_review_text: "Een jaar later: laat het team de scan opnieuw invullen en vergelijk het teambeeld met dat van nu.", "A year on: have the team fill in the scan again and compare the team picture with today's.";
    team_wipe: "Alles wissen op dit apparaat", "Wipe everything on this device";
    team_wipe_confirm: "Alle bestanden, het teambeeld en het plan van aanpak worden van dit apparaat gewist. Doorgaan?", "All files, the team picture and the action plan will be wiped from this device. Continue?";
    team_wiped: "Alles is van dit apparaat gewist.", "Everything was wiped from this device.";
    team_privacy_out: "Wat deze pagina toont, afdrukt of bewaart (CSV, teambeeld), volgt vaste regels voor anonimiteit: aantallen, geen namen en niemands antwoorden. Bewaar het teambeeld en verwijder daarna de losse bestanden.", "What this page shows, prints or saves (CSV, team picture) follows fixed anonymity rules: counts, no names and no one's answers. Keep the team picture and then delete the respondents' files.";
    team_other_roles: "Andere rollen, samen", "Other roles, together";
    team_too_few_to_show: "te weinig om te tonen", "too few to show";
    team_spread: "Laagste–hoogste", "Lowest–highest";
    team_respondents: "Respondenten", "Respondents";
    team_differently: "Verschillend gezien", "Seen differently";
    team_all_statements: "Alle stellingen: hoe vaak elk antwoord is gekozen", "All statements: how often each answer was chosen";
    team_differently_intro: "Stellingen waarop antwoorden twee of meer stappen uit elkaar liggen, de grootste verschillen eerst: een goed begin voor het gesprek.", "Statements whose answers lie two or more steps apart, the largest differences first: a good start for the conversation.";
    team_no_differences: "Geen stellingen met antwoorden twee of meer stappen uit elkaar.", "No statements with answers two or more steps apart.";
    team_roles: "Per rol", "Per role";
    team_print: "Rapport afdrukken", "Print the report";
    team_remove: "Verwijderen", "Remove";
    team_focus_intro: "De thema's met de laagste status van het team, met praktijkvoorbeelden die daarbij passen. Kies er samen twee of drie.", "The themes with the team's lowest status, with practice examples that fit. Choose two or three together.";
    team_csv: "Antwoorden als CSV", "Answers as CSV";
    team_over_time: "Vergeleken met de eerdere scan", "Compared with the earlier scan";
    team_before: "Eerder", "Before";
    team_now: "Nu", "Now";
    team_change: "Verandering", "Change";
    team_same: "gelijk", "the same";
    team_add_earlier: "Eerdere bestanden toevoegen", "Add earlier files";
    team_earlier_intro: "Om te vergelijken: voeg de bestanden van een eerdere scan toe, bijvoorbeeld van vorig jaar.", "To compare: add the files of an earlier scan, for example last year's.";
    team_earlier_count: "Eerdere scan: ", "Earlier scan: ";
    plan_title: "Plan van aanpak", "Action plan";
    team_link_add: "Toevoegen aan het teambeeld", "Add to the team's picture";
    team_link_skip: "Niet toevoegen", "Do not add";
    plan_intro: "Kies samen twee of drie focusthema's en spreek per thema af wat u wilt bereiken, wat u gaat doen, wie het oppakt en wanneer. Het plan wordt in deze browser bewaard; bewaar het ook als bestand om het later of elders te openen.", "Choose two or three focus themes together and agree per theme what you want to achieve, what you will do, who takes it on and when. The plan is kept in this browser; also save it as a file to open it later or elsewhere.";
    plan_add: "Focusthema toevoegen", "Add a focus theme";
    plan_save: "Plan bewaren als bestand", "Save the plan as a file";
    plan_open: "Plan openen", "Open a plan";
    plan_opened: "Het plan is geopend.", "The plan was opened.";
    plan_kept_aside: "Het plan dat in deze browser stond, kon niet worden gelezen. Het is niet gewist, maar apart bewaard in de browseropslag onder de naam", "The plan this browser held could not be read. It was not deleted, but kept aside in the browser's storage under the name";
    plan_not_stored: "Het plan kon niet in deze browser worden bewaard: bewaar het als bestand.", "The plan could not be kept in this browser: save it as a file.";
    plan_theme: "Thema", "Theme";
    plan_choose_theme: "Kies een thema", "Choose a theme";
    plan_goal: "Doel", "Goal";
    plan_actions: "Acties", "Actions";
    plan_who: "Wie", "Who";
    plan_when: "Wanneer klaar", "Done by";
    plan_examples: "Praktijkvoorbeelden om te proberen", "Practice examples to try";
    plan_examples_theme_first: "Kies eerst een thema: dan staan hier de voorbeelden die bij dit team passen.", "Choose a theme first: the examples that suit this team then appear here.";
    plan_examples_none: "Bij dit thema zijn er geen voorbeelden voor de schoolsoorten van dit team.", "This theme has no examples for this team's school types.";
    plan_empty: "Nog geen plan van aanpak.", "No action plan yet.";
    take_along_title: "Uw antwoorden meenemen", "Take your answers along";
    take_along_intro: "Bewaar uw antwoorden als bestand om ze mee te nemen naar het gesprek met uw team of adviseur: die voegt het toe aan het teambeeld. Met het bestand zet u uw antwoorden ook terug, op de startpagina van de scan, in deze of een andere browser. Het bestand blijft bij u; er wordt niets verstuurd.", "Save your answers as a file to take them to the conversation with your team or advisor, who adds it to the team's picture. With the file you can also restore your answers, on the scan's start page, in this or another browser. The file stays with you; nothing is sent.";
    respondent_name: "Uw naam of initialen (niet verplicht)", "Your name or initials (optional)";
    save_file: "Bewaar als bestand", "Save as a file";
    copy_link: "Kopieer link voor uw adviseur", "Copy a link for your advisor";
    save_copy_hint: "Alles is ingevuld. Bewaar een kopie van uw antwoorden als bestand of link.", "Everything is answered. Keep a copy of your answers as a file or a link.";
    link_copied: "De link is gekopieerd. Plak hem in een e-mail aan uw adviseur: wie hem opent, kan uw antwoorden aan het teambeeld toevoegen.", "The link was copied. Paste it into an e-mail to your advisor: whoever opens it can add your answers to the team's picture.";
    link_not_copied: "Kopiëren lukte niet: selecteer de link hieronder en kopieer hem zelf.", "Copying did not work: select the link below and copy it yourself.";
    link_label: "Link met uw antwoorden", "Link with your answers";
    file_saved: "Het bestand is opgeslagen bij uw downloads.", "The file was saved to your downloads.";
    file_not_saved: "Het bestand kon niet worden opgeslagen. Probeer het opnieuw of druk de resultaten af.", "The file could not be saved. Try again, or print the results.";
    to_start: "Naar de start", "To the start";
    internal_error_title: "Er ging iets mis in de scan", "Something went wrong in the scan";
    internal_error_text: "Uw antwoorden tot nu toe zijn in deze browser bewaard. Laad de pagina opnieuw om verder te gaan.", "Your answers so far are saved in this browser. Reload the page to continue.";
}

impl Texts {
    /// Why the results show no practice examples, and what to do.
    pub fn examples_problem(self, problem: crate::lazy_parts::ExamplesProblem) -> &'static str {
        use crate::lazy_parts::ExamplesProblem::*;
        match (self.0, problem) {
            (Lang::Nl, Unreachable) => {
                "De praktijkvoorbeelden konden niet worden opgehaald. Bent u verbonden met internet? Uw resultaten hierboven zijn compleet; alleen de voorbeelden ontbreken."
            }
            (Lang::En, Unreachable) => {
                "The practice examples could not be fetched. Are you connected to the internet? Your results above are complete; only the examples are missing."
            }
            (Lang::Nl, OtherRelease) => {
                "De praktijkvoorbeelden horen bij een andere versie van de scan. Laad de pagina opnieuw; uw antwoorden blijven bewaard."
            }
            (Lang::En, OtherRelease) => {
                "The practice examples belong to another version of the scan. Reload the page; your answers are kept."
            }
            (Lang::Nl, Damaged) => {
                "Het bestand met praktijkvoorbeelden is beschadigd. Laad de pagina opnieuw; helpt dat niet, meld het dan aan de beheerder van deze website."
            }
            (Lang::En, Damaged) => {
                "The file with practice examples is damaged. Reload the page; if that does not help, tell the administrator of this website."
            }
        }
    }

    pub fn reason_other_scan(self, id: &str) -> String {
        match self.0 {
            Lang::Nl => format!("ze horen bij een andere scan (“{id}”)"),
            Lang::En => format!("they belong to another scan (“{id}”)"),
        }
    }

    /// The CSV files' own words (the team's answers, the SWV's overview).
    pub fn csv_texts(self) -> scan_core::CsvTexts<'static> {
        match self.0 {
            // The CSV is written for Dutch spreadsheets: its Dutch words are the core's.
            Lang::Nl => scan_core::CsvTexts::DUTCH,
            Lang::En => scan_core::CsvTexts {
                theme: "Theme",
                statement_id: "Statement (id)",
                statement: "Statement",
                respondents: "Respondents",
                count_of: "Number",
                too_few_to_show: "too few to show",
                fewer_than: "fewer than",
                total: "Total",
                school: "School",
                school_type: "School type",
                // The third heads the share of "weet ik niet" only for a scale without that
                // option; else the scale's own label does (the core's `swv_csv`).
                per_theme: ["status", "score %", "don't know %"],
                schools: "Schools",
                schools_count_of: "Number of schools",
                across: [
                    "First quartile %",
                    "Median %",
                    "Third quartile %",
                    "Lowest %",
                    "Highest %",
                    "Many schools at risk",
                    "Regular and special differ",
                ],
                too_few_respondents: "too few respondents",
                too_few_schools: "too few schools",
                yes: "yes",
                no: "no",
            },
        }
    }

    /// Another widget on the page keeps its answers under `key` already.
    pub fn shared_storage(self, key: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Er staat op deze pagina al een scan die zijn antwoorden bewaart onder dezelfde sleutel ({key}). Geef elke scan een eigen data-storage-key; anders overschrijven ze elkaars antwoorden."
            ),
            Lang::En => format!(
                "This page already has a scan that keeps its answers under the same key ({key}). Give each scan its own data-storage-key; otherwise they overwrite each other's answers."
            ),
        }
    }

    /// The scan's configuration file at `url` could not be fetched.
    pub fn cannot_fetch(self, url: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Het bestand met de vragen van deze scan kon niet worden opgehaald ({url})."
            ),
            Lang::En => {
                format!("The file with this scan's questions could not be fetched ({url}).")
            }
        }
    }

    /// "3 respondenten" above the team picture.
    pub fn team_count(self, n: usize) -> String {
        match (self.0, n) {
            (Lang::Nl, 1) => "1 respondent.".to_string(),
            (Lang::Nl, n) => format!("{n} respondenten."),
            (Lang::En, 1) => "1 respondent.".to_string(),
            (Lang::En, n) => format!("{n} respondents."),
        }
    }

    /// "12 procentpunt hoger".
    pub fn team_up(self, points: i64) -> String {
        match self.0 {
            Lang::Nl => format!("{points} procentpunt hoger"),
            Lang::En => format!("{points} percentage points higher"),
        }
    }

    /// "5 procentpunt lager".
    pub fn team_down(self, points: i64) -> String {
        match self.0 {
            Lang::Nl => format!("{points} procentpunt lager"),
            Lang::En => format!("{points} percentage points lower"),
        }
    }

    /// What a respondent's link offers: their role and name, if given.
    pub fn team_link_offer(self, role: Option<&str>, name: Option<&str>) -> String {
        let who: Vec<&str> = role.into_iter().chain(name).collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" ({})", who.join(", "))
        };
        match self.0 {
            Lang::Nl => format!(
                "Deze link bevat de antwoorden van een respondent{who}. Wilt u ze toevoegen aan het teambeeld?"
            ),
            Lang::En => format!(
                "This link holds a respondent's answers{who}. Do you want to add them to the team's picture?"
            ),
        }
    }

    /// "Focusthema 2".
    pub fn plan_item(self, n: usize) -> String {
        match self.0 {
            Lang::Nl => format!("Focusthema {n}"),
            Lang::En => format!("Focus theme {n}"),
        }
    }

    /// The remove button of a plan item.
    pub fn plan_remove(self, n: usize) -> String {
        match self.0 {
            Lang::Nl => format!("Focusthema {n} verwijderen"),
            Lang::En => format!("Remove focus theme {n}"),
        }
    }

    /// Why a plan file could not be opened.
    pub fn plan_problem(self, file: &str, problem: &scan_core::FileError) -> String {
        use scan_core::FileError as E;
        let answers = |e: &E| matches!(e, E::WrongKind { found: Some(k) } if k == EXCHANGE_KIND);
        let why = match (self.0, problem) {
            (Lang::Nl, e) if answers(e) => {
                "het is het antwoordbestand van een respondent; voeg het toe met ‘Bestanden toevoegen’"
            }
            (Lang::En, e) if answers(e) => {
                "it is a respondent's answers file; add it with ‘Add files’"
            }
            (Lang::Nl, E::OtherScan(_)) => "het hoort bij een andere scan",
            (Lang::Nl, E::Unreadable) => UNREADABLE_NL,
            (Lang::En, E::Unreadable) => UNREADABLE_EN,
            (Lang::Nl, E::NewerFormat(_)) => {
                "het komt uit een nieuwere versie; gebruik de nieuwste versie van deze pagina"
            }
            (Lang::Nl, _) => "het is geen leesbaar plan van aanpak",
            (Lang::En, E::OtherScan(_)) => "it belongs to another scan",
            (Lang::En, E::NewerFormat(_)) => {
                "it comes from a newer version; use the newest version of this page"
            }
            (Lang::En, _) => "it is not a readable action plan",
        };
        match self.0 {
            Lang::Nl => format!("{file} is niet geopend: {why}."),
            Lang::En => format!("{file} was not opened: {why}."),
        }
    }

    /// What a team file holds, said before it is saved.
    pub fn team_file_holds(self, respondents: usize, roles: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Het bestand bevat alleen aantallen: {}, {} apart, geen namen, geen toelichtingen, geen antwoorden per persoon.",
                counted(respondents, "respondent", "respondenten"),
                counted(roles, "rol", "rollen"),
            ),
            Lang::En => format!(
                "The file holds counts only: {}, {} apart, no names, no notes, no one's answers.",
                counted(respondents, "respondent", "respondents"),
                counted(roles, "role", "roles"),
            ),
        }
    }

    /// What the calendar file holds.
    pub fn plan_calendar_saved(self, events: usize, left_out: usize) -> String {
        let (nl, en) = match left_out {
            0 => (String::new(), String::new()),
            1 => (
                " 1 punt zonder datum staat er niet in.".to_string(),
                " 1 item without a date is not in it.".to_string(),
            ),
            n => (
                format!(" {n} punten zonder datum staan er niet in."),
                format!(" {n} items without a date are not in it."),
            ),
        };
        match self.0 {
            Lang::Nl => format!(
                "Agendabestand opgeslagen bij uw downloads: {} uit het plan en een terugblik over een jaar.{nl}",
                counted(events, "datum", "datums"),
            ),
            Lang::En => format!(
                "Calendar file saved to your downloads: {} from the plan and a review a year on.{en}",
                counted(events, "date", "dates"),
            ),
        }
    }

    /// The session kept on this device was restored: the current picture's respondents, and
    /// the reference file's schools when one was kept.
    pub fn team_restored(self, respondents: usize, reference_schools: Option<usize>) -> String {
        match (self.0, reference_schools) {
            (Lang::Nl, Some(schools)) if respondents == 0 => format!(
                "Hersteld van dit apparaat: de referentie van het samenwerkingsverband ({}).",
                counted(schools, "school", "scholen")
            ),
            (Lang::En, Some(schools)) if respondents == 0 => format!(
                "Restored from this device: the samenwerkingsverband's reference ({}).",
                counted(schools, "school", "schools")
            ),
            (Lang::Nl, None) => {
                format!(
                    "Hersteld van dit apparaat: het teambeeld van {}.",
                    counted(respondents, "respondent", "respondenten")
                )
            }
            (Lang::Nl, Some(schools)) => format!(
                "Hersteld van dit apparaat: het teambeeld van {} en de referentie van het samenwerkingsverband ({}).",
                counted(respondents, "respondent", "respondenten"),
                counted(schools, "school", "scholen")
            ),
            (Lang::En, None) => {
                format!(
                    "Restored from this device: the team picture of {}.",
                    counted(respondents, "respondent", "respondents")
                )
            }
            (Lang::En, Some(schools)) => format!(
                "Restored from this device: the team picture of {} and the samenwerkingsverband's reference ({}).",
                counted(respondents, "respondent", "respondents"),
                counted(schools, "school", "schools")
            ),
        }
    }

    /// The session kept on this device could not be read, and was kept aside under `key`.
    pub fn team_session_kept_aside(self, key: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Wat op dit apparaat stond, kon niet worden gelezen. Het is niet gewist, maar apart bewaard in de browseropslag onder de naam {key}."
            ),
            Lang::En => format!(
                "What this device held could not be read. It was not deleted, but kept aside in the browser's storage under the name {key}."
            ),
        }
    }

    /// A team file was opened.
    pub fn team_file_opened(self, file: &str, respondents: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "{file}: teambeeld van {} geopend.",
                counted(respondents, "respondent", "respondenten")
            ),
            Lang::En => format!(
                "{file}: team picture of {} opened.",
                counted(respondents, "respondent", "respondents")
            ),
        }
    }

    /// Said to a team too small to be anonymous.
    pub fn team_too_few_to_be_anonymous(self, n: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Let op: met {n} respondenten kan ieder van hen, met de eigen antwoorden ernaast, uit dit teambeeld afleiden wat {} geantwoord. Bespreek dat vooraf, of voeg meer respondenten toe.",
                if n == 2 {
                    "de ander heeft"
                } else {
                    "de anderen hebben"
                }
            ),
            Lang::En => format!(
                "Note: with {n} respondents, each of them, with their own answers beside it, can work out from this picture what {} answered. Agree on that beforehand, or add more respondents.",
                if n == 2 { "the other" } else { "the others" }
            ),
        }
    }

    /// On a printed result: whose picture it is and of which scan.
    pub fn print_who(
        self,
        school_type: Option<&str>,
        role: Option<&str>,
        last_answer: Option<String>,
        title: &str,
        version: &str,
    ) -> String {
        let (kind, who, when, scan) = match self.0 {
            Lang::Nl => ("Schoolsoort", "Rol", "Laatste antwoord", "versie"),
            Lang::En => ("School type", "Role", "Last answer", "version"),
        };
        let mut parts: Vec<String> = Vec::new();
        parts.extend(school_type.map(|s| format!("{kind}: {s}")));
        parts.extend(role.map(|s| format!("{who}: {s}")));
        parts.extend(last_answer.map(|d| format!("{when}: {d}")));
        parts.push(format!("{title}, {scan} {version}"));
        parts.join(" · ")
    }

    /// The summary of the statements seen differently beyond the first few.
    pub fn team_differently_more(self, n: usize) -> String {
        match self.0 {
            Lang::Nl if n == 1 => "Nog 1 stelling die verschillend gezien wordt".into(),
            Lang::Nl => format!("Nog {n} stellingen die verschillend gezien worden"),
            Lang::En if n == 1 => "1 more statement seen differently".into(),
            Lang::En => format!("{n} more statements seen differently"),
        }
    }

    /// How many statements are withheld for too few respondents.
    pub fn team_statements_withheld(self, n: usize, min: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "De antwoorden op {} worden niet getoond, omdat minder dan {min} respondenten {} beantwoordden: dan zou te zien zijn wie wat antwoordde. In de scores van de thema's tellen ze wel mee.",
                counted(n, "stelling", "stellingen"),
                if n == 1 {
                    "die stelling"
                } else {
                    "die stellingen"
                }
            ),
            Lang::En => format!(
                "The answers to {} are not shown, because fewer than {min} respondents answered {}: that would show who answered what. They do count in the themes' scores.",
                counted(n, "statement", "statements"),
                if n == 1 { "it" } else { "them" }
            ),
        }
    }

    /// A statement withheld for too few respondents.
    pub fn team_statement_withheld(self, answered: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Te weinig om te tonen ({} deze stelling).",
                if answered == 1 {
                    "1 respondent beantwoordde".to_string()
                } else {
                    format!("{answered} respondenten beantwoordden")
                }
            ),
            Lang::En => format!(
                "Too few to show ({} this statement).",
                if answered == 1 {
                    "1 respondent answered".to_string()
                } else {
                    format!("{answered} respondents answered")
                }
            ),
        }
    }

    /// Why some roles are not shown apart.
    pub fn team_roles_intro(self, min: usize, hidden: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Een rol wordt apart getoond vanaf {min} respondenten.{} Niet apart getoond: {}.",
                match min {
                    0 | 1 => String::new(),
                    2 => " Zou er buiten de getoonde rollen nog maar 1 over zijn, dan wordt ook een kleine rol niet apart getoond: anders is diens antwoord terug te rekenen.".to_string(),
                    3 => " Zouden er buiten de getoonde rollen nog maar 1 of 2 over zijn, dan wordt ook een kleine rol niet apart getoond: anders zijn hun antwoorden terug te rekenen.".to_string(),
                    _ => format!(" Zouden er buiten de getoonde rollen nog maar 1 tot en met {} over zijn, dan wordt ook een kleine rol niet apart getoond: anders zijn hun antwoorden terug te rekenen.", min - 1),
                },
                counted(hidden, "respondent", "respondenten"),
            ),
            Lang::En => format!(
                "A role is shown apart from {min} respondents.{} Not shown apart: {}.",
                match min {
                    0 | 1 => String::new(),
                    2 => " Were only 1 left outside the roles shown, a small role is not shown apart either: else that answer could be worked out.".to_string(),
                    3 => " Were only 1 or 2 left outside the roles shown, a small role is not shown apart either: else their answers could be worked out.".to_string(),
                    _ => format!(" Were only 1 to {} left outside the roles shown, a small role is not shown apart either: else their answers could be worked out.", min - 1),
                },
                counted(hidden, "respondent", "respondents"),
            ),
        }
    }

    /// Why a file was not added.
    pub fn team_file_problem(self, file: &str, problem: &scan_core::FileError) -> String {
        use scan_core::FileError as E;
        let plan = |e: &E| matches!(e, E::WrongKind { found: Some(k) } if k == PLAN_KIND);
        let why = match (self.0, problem) {
            (Lang::Nl, e) if plan(e) => {
                "dit is een plan van aanpak; open het met ‘Plan openen’".to_string()
            }
            (Lang::En, e) if plan(e) => {
                "this is an action plan; open it with ‘Open a plan’".to_string()
            }
            _ => self.answers_file_problem(problem),
        };
        match self.0 {
            Lang::Nl => format!("{file}: niet toegevoegd, want {why}."),
            Lang::En => format!("{file}: not added, because {why}."),
        }
    }

    /// Why a file the respondent chose to restore was not taken.
    pub fn restore_problem(self, file: &str, problem: &scan_core::FileError) -> String {
        let why = self.answers_file_problem(problem);
        match self.0 {
            Lang::Nl => format!("{file} is niet teruggezet, want {why}. Er is niets veranderd."),
            Lang::En => format!("{file} was not restored, because {why}. Nothing has changed."),
        }
    }

    /// What a restore brought back, and where to go on.
    pub fn restore_done(self, file: &str, done: scan_core::Restored) -> String {
        let (answers, notes) = (done.answers, done.notes);
        let what = match (self.0, notes) {
            (Lang::Nl, 0) => counted(answers, "antwoord", "antwoorden"),
            (Lang::Nl, n) => format!(
                "{} en {}",
                counted(answers, "antwoord", "antwoorden"),
                counted(n, "notitie", "notities")
            ),
            (Lang::En, 0) => counted(answers, "answer", "answers"),
            (Lang::En, n) => format!(
                "{} and {}",
                counted(answers, "answer", "answers"),
                counted(n, "note", "notes")
            ),
        };
        match (self.0, answers + notes) {
            (Lang::Nl, 0) => format!("{file}: alle antwoorden daaruit staan er al."),
            (Lang::En, 0) => format!("{file}: every answer in it is here already."),
            (Lang::Nl, _) => format!(
                "Teruggezet uit {file}: {what}. Kies ‘{}’ om verder te gaan.",
                self.resume()
            ),
            (Lang::En, _) => format!(
                "Restored from {file}: {what}. Choose ‘{}’ to go on.",
                self.resume()
            ),
        }
    }

    /// A file of another profile than the answers given here (`theirs` and `ours` as the
    /// role's label, or the school type's when the scan asks no role).
    pub fn restore_other_profile(self, file: &str, theirs: &str, ours: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "{file} is niet teruggezet: het is ingevuld als {theirs}, en hier zijn al antwoorden gegeven als {ours}. Die worden niet gemengd. U kunt de antwoorden van hier vervangen door die uit het bestand. Hebt u ze nog nodig, bewaar ze dan eerst als bestand (bij het resultaat)."
            ),
            Lang::En => format!(
                "{file} was not restored: it was filled in as {theirs}, and answers were already given here as {ours}. They are not mixed. You can replace the answers here with those from the file. If you still need them, first save them as a file (with the results)."
            ),
        }
    }

    /// What replacing the answers here with `file` does.
    pub fn restore_replace_warning(self, file: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Alle antwoorden en notities van hier worden vervangen door die uit {file}. Dit kunt u niet ongedaan maken."
            ),
            Lang::En => format!(
                "All answers and notes here are replaced by those from {file}. This cannot be undone."
            ),
        }
    }

    /// How far a respondent who comes back got, on the start screen.
    pub fn so_far(self, given: usize, asked: usize) -> String {
        match self.0 {
            Lang::Nl => format!("U hebt {given} van de {asked} stellingen ingevuld."),
            Lang::En => format!("You have filled in {given} of the {asked} statements."),
        }
    }

    /// Why a file is not a readable answers file of this scan (after "want" / "because").
    fn answers_file_problem(self, problem: &scan_core::FileError) -> String {
        use scan_core::FileError as E;
        match (self.0, problem) {
            (Lang::Nl, E::TooLarge(_)) => "het bestand is te groot voor antwoorden van één respondent".to_string(),
            (Lang::Nl, E::Damaged(_)) => "het bestand is beschadigd of geen JSON".to_string(),
            (Lang::Nl, E::Unreadable) => UNREADABLE_NL.to_string(),
            (Lang::Nl, E::WrongKind { .. }) => "dit is geen bestand met antwoorden uit deze scan".to_string(),
            (Lang::Nl, E::OtherScan(id)) => format!("de antwoorden horen bij een andere scan (“{id}”)"),
            (Lang::Nl, E::NewerFormat(_)) => "het bestand komt uit een nieuwere versie van de scan; gebruik de nieuwste versie van deze pagina".to_string(),
            (Lang::Nl, E::OtherVersion(v)) => format!("de link is gemaakt met een andere versie van de vragen ({v}); vraag de respondent om een bestand"),
            (Lang::En, E::TooLarge(_)) => "the file is too large for one respondent's answers".to_string(),
            (Lang::En, E::Damaged(_)) => "the file is damaged or not JSON".to_string(),
            (Lang::En, E::Unreadable) => UNREADABLE_EN.to_string(),
            (Lang::En, E::WrongKind { .. }) => "this is not a file with answers from this scan".to_string(),
            (Lang::En, E::OtherScan(id)) => format!("the answers belong to another scan (“{id}”)"),
            (Lang::En, E::NewerFormat(_)) => "the file comes from a newer version of the scan; use the newest version of this page".to_string(),
            (Lang::En, E::OtherVersion(v)) => format!("the link was made with another version of the questions ({v}); ask the respondent for a file"),
        }
    }

    /// A newer file of a respondent already added.
    pub fn team_replaced(self, file: &str) -> String {
        match self.0 {
            Lang::Nl => format!("{file}: vervangt een eerder bestand van dezelfde respondent."),
            Lang::En => format!("{file}: replaces an earlier file of the same respondent."),
        }
    }

    /// A file that repeats one already added.
    pub fn team_duplicate(self, file: &str) -> String {
        match self.0 {
            Lang::Nl => format!("{file}: niet toegevoegd, want deze respondent staat er al in."),
            Lang::En => format!("{file}: not added, because this respondent is already in."),
        }
    }

    /// The time estimate on the start screen: one figure once the profile is known, else the
    /// range over all profiles.
    pub fn duration(self, (lo, hi): (u32, u32), statements: Option<usize>) -> String {
        let minutes = if lo == hi {
            lo.to_string()
        } else {
            format!("{lo}-{hi}")
        };
        match (self.0, statements) {
            (Lang::Nl, Some(n)) => format!("Ongeveer {minutes} minuten: {n} stellingen."),
            (Lang::Nl, None) => format!("Ongeveer {minutes} minuten, afhankelijk van uw rol."),
            (Lang::En, Some(n)) => format!("About {minutes} minutes: {n} statements."),
            (Lang::En, None) => format!("About {minutes} minutes, depending on your role."),
        }
    }

    /// The results heading: a samenwerkingsverband's own view, or a school's.
    pub fn results_title(self, swv: bool) -> &'static str {
        if swv {
            self.results_title_swv()
        } else {
            self.results_title_school()
        }
    }

    /// Under the overall status: whose view this is, and whose it is not.
    pub fn results_own_view(self, swv: bool) -> &'static str {
        if swv {
            self.results_own_view_swv()
        } else {
            self.results_own_view_school()
        }
    }

    /// Under a band's description: the mean answers it covers, in the scale's own words, with
    /// a number (`separator` as the decimal sign) only where a boundary is not an option's
    /// points.
    pub fn band_range(self, band: scan_core::BandOnScale, separator: char) -> String {
        use scan_core::BandOnScale as B;
        let n = |h: u32| scan_core::Questionnaire::mean_text(h, separator);
        match (self.0, band) {
            (
                Lang::Nl,
                B::Between {
                    lower,
                    upper,
                    from,
                    below,
                },
            ) => {
                let tail = match (from, below) {
                    (None, None) => String::new(),
                    (None, Some(b)) => format!(", onder {}", n(b)),
                    (Some(f), None) => format!(", vanaf {}", n(f)),
                    (Some(f), Some(b)) => format!(", van {} tot onder {}", n(f), n(b)),
                };
                format!("Gemiddeld tussen ‘{lower}’ en ‘{upper}’{tail}.")
            }
            (
                Lang::En,
                B::Between {
                    lower,
                    upper,
                    from,
                    below,
                },
            ) => {
                let tail = match (from, below) {
                    (None, None) => String::new(),
                    (None, Some(b)) => format!(", below {}", n(b)),
                    (Some(f), None) => format!(", from {}", n(f)),
                    (Some(f), Some(b)) => format!(", from {} to below {}", n(f), n(b)),
                };
                format!("Mean between ‘{lower}’ and ‘{upper}’{tail}.")
            }
            (Lang::Nl, B::FromOption { option, top }) if option == top => {
                format!("Overal ‘{top}’.")
            }
            (Lang::Nl, B::FromOption { option, .. }) => format!("Gemiddeld ‘{option}’ of hoger."),
            (Lang::En, B::FromOption { option, top }) if option == top => {
                format!("‘{top}’ throughout.")
            }
            (Lang::En, B::FromOption { option, .. }) => format!("Mean ‘{option}’ or higher."),
            (
                Lang::Nl,
                B::FromMean {
                    from,
                    top,
                    nearly_top: true,
                    ..
                },
            ) => {
                format!("Gemiddeld {} of hoger: vrijwel overal ‘{top}’.", n(from))
            }
            (
                Lang::Nl,
                B::FromMean {
                    from, lower, top, ..
                },
            ) => {
                format!(
                    "Gemiddeld {} of hoger, tussen ‘{lower}’ en ‘{top}’.",
                    n(from)
                )
            }
            (
                Lang::En,
                B::FromMean {
                    from,
                    top,
                    nearly_top: true,
                    ..
                },
            ) => {
                format!("Mean {} or higher: nearly everywhere ‘{top}’.", n(from))
            }
            (
                Lang::En,
                B::FromMean {
                    from, lower, top, ..
                },
            ) => {
                format!("Mean {} or higher, between ‘{lower}’ and ‘{top}’.", n(from))
            }
        }
    }

    pub fn theme_of(self, n: usize, count: usize) -> String {
        match self.0 {
            Lang::Nl => format!("Thema {n} van {count}"),
            Lang::En => format!("Theme {n} of {count}"),
        }
    }

    pub fn whole_scan_progress(self, answered: usize, total: usize) -> String {
        match self.0 {
            Lang::Nl => format!("Hele scan: {answered} van {total} stellingen beantwoord"),
            Lang::En => format!("Whole scan: {answered} of {total} statements answered"),
        }
    }

    pub fn theme_progress(self, answered: usize, total: usize) -> String {
        match self.0 {
            Lang::Nl => format!("Dit thema: {answered} van {total} beantwoord"),
            Lang::En => format!("This theme: {answered} of {total} answered"),
        }
    }

    /// "3 van 6": answered of total, in the overview.
    pub fn count_of(self, answered: usize, total: usize) -> String {
        match self.0 {
            Lang::Nl => format!("{answered} van {total}"),
            Lang::En => format!("{answered} of {total}"),
        }
    }

    /// The texts that name the answer "weet ik niet" quote it as the questionnaire labels it
    /// (`unknown`, [`scan_core::Questionnaire::unknown_label`]): the respondent clicked that
    /// label, in whatever language the questionnaire is written.
    pub fn only_unknown(self, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!("Geen score: alleen ‘{unknown}’"),
            Lang::En => format!("No score: only ‘{unknown}’"),
        }
    }

    /// Under a theme or the whole without a status yet (see [`Texts::only_unknown`]).
    pub fn too_few_hint(self, unknown: &str) -> String {
        let mut s = match self.0 {
            Lang::Nl => "Een status volgt zodra minstens de helft van de stellingen een antwoord op de schaal heeft".to_string(),
            Lang::En => "A status follows once at least half of the statements have an answer on the scale".to_string(),
        };
        s += &match (self.0, unknown) {
            (_, "") => ".".to_string(),
            (Lang::Nl, u) => format!("; ‘{u}’ telt daarvoor niet mee."),
            (Lang::En, u) => format!("; ‘{u}’ does not count for that."),
        };
        s
    }

    /// Many "weet ik niet" in the whole scan (see [`Texts::only_unknown`]).
    pub fn insight_overall(self, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Onvoldoende zicht: bij veel stellingen koos u ‘{unknown}’. Bespreek met het team wie hier meer over weet."
            ),
            Lang::En => format!(
                "Insufficient insight: you chose ‘{unknown}’ for many statements. Discuss with the team who knows more about this."
            ),
        }
    }

    /// Many "weet ik niet" in one theme (see [`Texts::only_unknown`]).
    pub fn insight_theme(self, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!("Onvoldoende zicht: veel antwoorden zijn ‘{unknown}’."),
            Lang::En => format!("Insufficient insight: many answers are ‘{unknown}’."),
        }
    }

    /// The team table's caption (see [`Texts::only_unknown`]).
    pub fn team_themes_caption(self, unknown: &str) -> String {
        let mut s = match self.0 {
            Lang::Nl => "Per thema: de status van het team, het gemiddelde van de scores van de respondenten, de laagste en hoogste score, het aantal respondenten met een score".to_string(),
            Lang::En => "Per theme: the team's status, the mean of the respondents' scores, the lowest and highest score, the number of respondents with a score".to_string(),
        };
        s += &match (self.0, unknown) {
            (_, "") => ".".to_string(),
            (Lang::Nl, u) => format!(" en het aandeel ‘{u}’."),
            (Lang::En, u) => format!(" and the share of ‘{u}’."),
        };
        s
    }

    /// The meeting guide without a theme of much "weet ik niet" (see [`Texts::only_unknown`]).
    pub fn guide_no_unknown(self, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!("Geen thema met veel ‘{unknown}’."),
            Lang::En => format!("No theme with much ‘{unknown}’."),
        }
    }

    /// The share of "weet ik niet", as a column or after a percentage (see
    /// [`Texts::only_unknown`]).
    pub fn team_unknown(self, unknown: &str) -> String {
        format!("‘{unknown}’")
    }

    /// Above practice examples of which one or more is an illustration (no source): what
    /// the label [`Texts::illustration`] on those cards means.
    pub fn illustration_hint(self) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Een ‘{}’ is een mogelijke aanpak, ter illustratie: geen beschrijving van een bestaande school of organisatie. Bij een voorbeeld uit de praktijk staat de bron.",
                self.illustration()
            ),
            Lang::En => format!(
                "An ‘{}’ is a possible approach: not a description of an existing school or organisation. An example from practice names its source.",
                self.illustration()
            ),
        }
    }

    /// How much of the scan was answered, for the results summary.
    pub fn completeness(
        self,
        answered: usize,
        total: usize,
        unknown: usize,
        label: &str,
    ) -> String {
        let mut s = match (self.0, answered == total) {
            (Lang::Nl, true) => format!("U heeft alle {total} stellingen beantwoord"),
            (Lang::Nl, false) => format!(
                "U heeft {answered} van de {total} stellingen beantwoord. Het resultaat is voorlopig tot alles is ingevuld"
            ),
            (Lang::En, true) => format!("You answered all {total} statements"),
            (Lang::En, false) => format!(
                "You answered {answered} of the {total} statements. The results are provisional until everything is answered"
            ),
        };
        s += &match (self.0, unknown) {
            (_, 0) => ".".to_string(),
            (Lang::Nl, n) => format!("; {n} keer koos u ‘{label}’."),
            (Lang::En, 1) => format!("; once you chose ‘{label}’."),
            (Lang::En, n) => format!("; {n} times you chose ‘{label}’."),
        };
        s
    }

    /// "6 van 6 beantwoord, waarvan 1 ‘weet ik niet’; 1 niet van toepassing" on a theme card,
    /// counted as [`scan_core::Tally::filled_in`] counts.
    pub fn theme_meta(
        self,
        (answered, total): (usize, usize),
        (unknown, label): (usize, &str),
        na: usize,
    ) -> String {
        let mut s = match (self.0, unknown) {
            (Lang::Nl, 0) => format!("{answered} van {total} beantwoord"),
            (Lang::Nl, u) => format!("{answered} van {total} beantwoord, waarvan {u} ‘{label}’"),
            (Lang::En, 0) => format!("{answered} of {total} answered"),
            (Lang::En, u) => format!("{answered} of {total} answered, {u} of them ‘{label}’"),
        };
        match (self.0, na) {
            (_, 0) => {}
            (Lang::Nl, n) => s += &format!("; {n} niet van toepassing"),
            (Lang::En, n) => s += &format!("; {n} not applicable"),
        }
        s
    }

    /// Intro of a results group: the band labels of that group, joined.
    pub fn with_status(self, labels: &[&str], also_insight: bool) -> String {
        let joined = match labels.split_last() {
            None => String::new(),
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => {
                let or = if self.0 == Lang::Nl { "of" } else { "or" };
                format!("{} {or} {last}", rest.join(", "))
            }
        };
        match (self.0, also_insight) {
            (Lang::Nl, false) => format!("Thema's met de status {joined}."),
            (Lang::Nl, true) => format!(
                "Thema's met de status {joined}, en thema's waar u onvoldoende zicht op heeft."
            ),
            (Lang::En, false) => format!("Themes with the status {joined}."),
            (Lang::En, true) => format!(
                "Themes with the status {joined}, and themes you have insufficient insight into."
            ),
        }
    }

    /// Above a theme's statements when some are basic conditions: what "niet gehaald" and
    /// "onbekend" mean, and that both keep the theme at `cap`.
    pub fn basic_in_theme(self, cap: &str, enough: &str, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Stellingen met het label ‘Basisvoorwaarde’ moeten op orde zijn voordat dit thema verder kan komen. Kiest u bij zo'n stelling een antwoord lager dan ‘{enough}’, dan is die basisvoorwaarde niet gehaald; kiest u ‘{unknown}’, dan is die onbekend. In beide gevallen blijft het thema hoogstens ‘{cap}’."
            ),
            Lang::En => format!(
                "Statements labelled ‘Basic condition’ must be in place before this theme can get further. If you answer one below ‘{enough}’, that basic condition is not met; if you choose ‘{unknown}’, it is unknown. Either way the theme stays at ‘{cap}’ at most."
            ),
        }
    }

    /// In the legend of the statuses: what "gemiddeld" counts, from the scale's `scored`
    /// options (label, points) and those `unscored` ("weet ik niet").
    pub fn mean_explained(self, scored: &[(&str, u32)], unscored: &[&str]) -> String {
        let (and, as_, intro) = match self.0 {
            Lang::Nl => (
                " en ",
                " als ",
                "Gemiddeld: uw antwoorden als getal, waarbij ",
            ),
            Lang::En => (" and ", " as ", "Mean: your answers as numbers, with "),
        };
        let joined = |items: Vec<String>| match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        };
        let counts: Vec<String> = (scored.iter().enumerate())
            .map(|(i, (label, p))| match (self.0, i) {
                (Lang::Nl, 0) => format!("‘{label}’ telt{as_}{p}"),
                _ => format!("‘{label}’{as_}{p}"),
            })
            .collect();
        let quoted: Vec<String> = unscored.iter().map(|l| format!("‘{l}’")).collect();
        let skipped = match (self.0, unscored.len()) {
            (_, 0) => String::new(),
            (Lang::Nl, 1) => format!("; {} telt niet mee", joined(quoted)),
            (Lang::Nl, _) => format!("; {} tellen niet mee", joined(quoted)),
            (Lang::En, 1) => format!("; {} does not count", joined(quoted)),
            (Lang::En, _) => format!("; {} do not count", joined(quoted)),
        };
        format!("{intro}{}{skipped}.", joined(counts))
    }

    /// In the legend of the statuses: "niet gehaald" and "onbekend" told apart.
    pub fn basic_legend(self, cap: &str, enough: &str, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Basisvoorwaarde niet gehaald: beantwoord lager dan ‘{enough}’. Basisvoorwaarde onbekend: beantwoord met ‘{unknown}’, dus niet bekend of die op orde is. Allebei houden ze het thema op hoogstens ‘{cap}’."
            ),
            Lang::En => format!(
                "Basic condition not met: answered below ‘{enough}’. Basic condition unknown: answered ‘{unknown}’, so it is not known whether it is in place. Both keep the theme at ‘{cap}’ at most."
            ),
        }
    }

    /// Above the basic statements of a theme answered "weet ik niet" (`unknown` is that
    /// option's label).
    pub fn basic_unknown(self, unknown: &str) -> String {
        match self.0 {
            Lang::Nl => format!("Basisvoorwaarde onbekend (u koos ‘{unknown}’):"),
            Lang::En => format!("Basic condition unknown (you chose ‘{unknown}’):"),
        }
    }

    /// On a theme card with basic statements not met (`low` answered low, `unknown` answered
    /// "weet ik niet"): why the status is at most `cap`. None when nothing needs saying (a low
    /// basic statement under a status that is lower anyway).
    pub fn basic_cap_reason(
        self,
        cap: &str,
        capped: bool,
        low: usize,
        unknown: usize,
    ) -> Option<String> {
        let nl_which = if unknown == 1 {
            "deze basisvoorwaarde op orde is"
        } else {
            "deze basisvoorwaarden op orde zijn"
        };
        let en_which = if unknown == 1 {
            "this basic condition is"
        } else {
            "these basic conditions are"
        };
        Some(match (self.0, capped, low > 0, unknown > 0) {
            (_, false, _, false) => return None,
            (Lang::Nl, true, _, false) => format!("Daarom is de status hoogstens ‘{cap}’."),
            (Lang::Nl, true, false, true) => format!(
                "Daarom is de status hoogstens ‘{cap}’, zolang niet bekend is of {nl_which}."
            ),
            (Lang::Nl, true, true, true) => format!(
                "Daarom is de status hoogstens ‘{cap}’: tot wat niet gehaald is op orde is, en bekend is of {nl_which}."
            ),
            (Lang::Nl, false, _, true) => {
                format!("Het thema blijft hoogstens ‘{cap}’ zolang niet bekend is of {nl_which}.")
            }
            (Lang::En, true, _, false) => format!("That is why the status is ‘{cap}’ at most."),
            (Lang::En, true, false, true) => format!(
                "That is why the status is ‘{cap}’ at most, as long as it is not known whether {en_which} in place."
            ),
            (Lang::En, true, true, true) => format!(
                "That is why the status is ‘{cap}’ at most: until what is not met is in place, and it is known whether {en_which} in place."
            ),
            (Lang::En, false, _, true) => format!(
                "The theme stays at ‘{cap}’ at most as long as it is not known whether {en_which} in place."
            ),
        })
    }

    /// Under the overall status when it is capped: the themes with a basic condition not met
    /// (`low`) and those with one unknown (`unknown`), each part only when it applies.
    pub fn capped_overall(self, cap: &str, low: &[&str], unknown: &[&str]) -> String {
        let mut parts = Vec::new();
        let (not_met, not_known, so) = match self.0 {
            Lang::Nl => (
                "Basisvoorwaarde niet gehaald bij",
                "Basisvoorwaarde onbekend bij",
                format!("Daarom is het totaal hoogstens ‘{cap}’."),
            ),
            Lang::En => (
                "Basic condition not met in",
                "Basic condition unknown in",
                format!("That is why the overall status is ‘{cap}’ at most."),
            ),
        };
        if !low.is_empty() {
            parts.push(format!("{not_met}: {}.", low.join(", ")));
        }
        if !unknown.is_empty() {
            parts.push(format!("{not_known}: {}.", unknown.join(", ")));
        }
        parts.push(so);
        parts.join(" ")
    }

    /// Under a basic statement in the team view: how many respondents answered it low
    /// and "weet ik niet" (everyone who answered it, so no role is shown apart).
    pub fn team_basic(self, low: usize, unknown: usize, label: &str) -> String {
        match self.0 {
            Lang::Nl => {
                format!("Niet gehaald (laag beantwoord): {low} · onbekend (‘{label}’): {unknown}")
            }
            Lang::En => format!("Not met (answered low): {low} · unknown (‘{label}’): {unknown}"),
        }
    }

    /// Screen-reader completion of "Wijzig antwoorden" on a theme card.
    pub fn change_in(self, theme: &str) -> String {
        match self.0 {
            Lang::Nl => format!(" bij {theme}"),
            Lang::En => format!(" for {theme}"),
        }
    }
}

// The samenwerkingsverband's page (swv.html).
texts! {
    swv_title: "Het beeld van het samenwerkingsverband", "The picture of the samenwerkingsverband";
    swv_intro: "Voeg de teambestanden toe die de scholen u gaven (‘Teambeeld bewaren als bestand’ op hun teampagina). Ze bevatten alleen aantallen, geen personen, en worden alleen in deze browser gelezen.", "Add the team files the schools gave you (‘Save the team picture as a file’ on their team page). They hold counts only, no persons, and are read in this browser only.";
    swv_add: "Teambestanden toevoegen", "Add team files";
    swv_add_folder: "Een map met teambestanden kiezen (alleen de .json-bestanden erin)", "Choose a folder of team files (only the .json files in it)";
    swv_empty: "Nog geen teambestanden toegevoegd.", "No team files added yet.";
    swv_schools_title: "Per school", "Per school";
    swv_school: "School", "School";
    swv_types: "Schoolsoort", "School type";
    swv_across_title: "Per thema over de scholen", "Per theme across the schools";
    swv_across_intro: "Per thema: hoeveel scholen elke status hebben, de middelste helft van hun scores (van het eerste tot het derde kwartiel) en de mediaan. Alleen scholen met genoeg respondenten tellen mee.", "Per theme: how many schools have each status, the middle half of their scores (first to third quartile) and the median. Only schools with enough respondents count.";
    swv_chart_caption: "Per thema de mediaan van de scholen (stip) en hun middelste helft (balk), tegen de statusgrenzen; de cijfers staan ernaast.", "Per theme the schools' median (dot) and their middle half (bar), against the status bands; the figures follow.";
    swv_statuses: "Scholen per status", "Schools per status";
    swv_middle: "Middelste helft", "Middle half";
    swv_median: "Mediaan", "Median";
    median_word: "mediaan", "median";
    swv_notable: "Opvallend", "Notable";
    swv_nothing_notable: "niets", "nothing";
    swv_struggling: "veel scholen moeite (een derde of meer)", "many schools struggle (a third or more)";
    swv_sectors_differ: "regulier en speciaal verschillen", "regular and special schools differ";
    swv_regular: "Regulier (po, vo)", "Regular (po, vo)";
    swv_special: "Speciaal (sbo, (v)so)", "Special (sbo, (v)so)";
    swv_too_few_respondents: "te weinig respondenten", "too few respondents";
    swv_save_reference: "Referentiebestand bewaren", "Save the reference file";
    swv_reference_saved: "Het referentiebestand is bewaard. Geef het aan de scholen: op hun teampagina zien ze hun school naast het samenwerkingsverband.", "The reference file is saved. Give it to the schools: on their team page they see their school beside the samenwerkingsverband.";
    swv_name: "Naam van het samenwerkingsverband (niet verplicht; komt in het rapport en het referentiebestand)", "Name of the samenwerkingsverband (optional; goes into the report and the reference file)";
    swv_report_name: "Samenwerkingsverband", "Samenwerkingsverband";
    swv_no_score_note: "–: geen van deze scholen heeft een score voor dit thema, bijvoorbeeld omdat alleen het samenwerkingsverband zelf het invult.", "–: none of these schools has a score for this theme, for example because only the samenwerkingsverband itself answers it.";
    swv_notable_note: "Opvallend: een derde of meer van de scholen in een status met risico, of regulier en speciaal onderwijs die verschillen.", "Notable: a third or more of the schools in a status at risk, or regular and special schools that differ.";
    swv_over_time_note: "Alleen scholen en thema's met een score in beide rondes; scholen met te weinig respondenten staan er niet bij.", "Only schools and themes with a score in both rounds; schools with too few respondents are left out.";
    swv_over_time_no_swv: "Voor de scholen samen: te weinig scholen met een score in een van beide rondes.", "For the schools together: too few schools with a score in one of the rounds.";
    swv_earlier_intro: "Om te vergelijken: voeg de teambestanden van een eerdere ronde toe, bijvoorbeeld van vorig jaar. Scholen worden herkend aan hun naam of code.", "To compare: add the team files of an earlier round, for example last year's. Schools are recognised by their name or code.";
    swv_add_earlier: "Eerdere teambestanden toevoegen", "Add earlier team files";
    swv_filter: "Schoolsoort", "School type";
    swv_filter_all: "Alle scholen", "All schools";
    swv_order: "Scholen sorteren op", "Sort schools by";
    swv_order_name: "Naam", "Name";
    swv_order_type: "Schoolsoort", "School type";
    swv_order_score: "Totaalscore (laagste eerst)", "Total score (lowest first)";
    swv_over_time: "In de tijd", "Over time";
    swv_over_time_swv: "Het samenwerkingsverband per thema (mediaan van de scholen)", "The samenwerkingsverband per theme (median of the schools)";
    swv_over_time_schools: "Per school en thema", "Per school and theme";
    swv_no_changes: "Nog geen school of thema met een score in beide rondes.", "No school or theme with a score in both rounds yet.";
    swv_kept_here: "Wat u toevoegt, blijft in deze browser op dit apparaat bewaard, ook als u de pagina herlaadt, en nergens anders. Teambestanden bevatten geen personen, wel de namen van scholen.", "What you add stays in this browser on this device, also when you reload the page, and nowhere else. Team files hold no persons, but they do name schools.";
    swv_not_kept: "Deze browser staat bewaren hier niet toe: als u de pagina herlaadt, moet u de teambestanden opnieuw toevoegen.", "This browser does not allow keeping anything here: when you reload the page, you need to add the team files again.";
    swv_kept_refused: "De browser weigerde de teambestanden te bewaren (de opslag is vol): als u de pagina herlaadt, ontbreekt wat u het laatst toevoegde. Wis wat u niet meer nodig hebt.", "The browser refused to keep the team files (its storage is full): when you reload the page, what you added last is missing. Wipe what you no longer need.";
    swv_wipe_confirm: "Alle teambestanden, ook de eerdere, worden van dit apparaat gewist. Doorgaan?", "All team files, the earlier ones too, will be wiped from this device. Continue?";
    swv_csv: "Overzicht als CSV", "Overview as CSV";
}

impl Texts {
    /// What was restored on the SWV page.
    pub fn swv_restored(self, schools: usize, earlier: usize) -> String {
        match (self.0, earlier) {
            (Lang::Nl, 0) => {
                format!(
                    "Hersteld van dit apparaat: de teambestanden van {}.",
                    counted(schools, "school", "scholen")
                )
            }
            (Lang::Nl, e) => format!(
                "Hersteld van dit apparaat: de teambestanden van {} en van {} in de eerdere ronde.",
                counted(schools, "school", "scholen"),
                counted(e, "school", "scholen")
            ),
            (Lang::En, 0) => {
                format!(
                    "Restored from this device: the team files of {}.",
                    counted(schools, "school", "schools")
                )
            }
            (Lang::En, e) => format!(
                "Restored from this device: the team files of {} and of {} in the earlier round.",
                counted(schools, "school", "schools"),
                counted(e, "school", "schools")
            ),
        }
    }

    /// How many earlier team files are in.
    pub fn swv_earlier_count(self, n: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Eerdere ronde: {n} {}.",
                if n == 1 { "school" } else { "scholen" }
            ),
            Lang::En => format!(
                "Earlier round: {n} {}.",
                if n == 1 { "school" } else { "schools" }
            ),
        }
    }

    /// Up to when the team files go (the newest one's date).
    pub fn swv_files_until(self, date: &str) -> String {
        match self.0 {
            Lang::Nl => format!("Het nieuwste teambestand is van {date}."),
            Lang::En => format!("The newest team file is from {date}."),
        }
    }

    /// Which two rounds "In de tijd" compares.
    pub fn swv_rounds(self, before: &str, now: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "De eerdere ronde (nieuwste teambestand van {before}) naast deze ronde (van {now})."
            ),
            Lang::En => format!(
                "The earlier round (newest team file from {before}) beside this round (from {now})."
            ),
        }
    }

    /// How many team files were added in one go.
    pub fn swv_added(self, n: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "{n} {} toegevoegd.",
                if n == 1 {
                    "teambestand"
                } else {
                    "teambestanden"
                }
            ),
            Lang::En => format!("{n} team {} added.", if n == 1 { "file" } else { "files" }),
        }
    }

    /// The count line when the picture shows one school type only.
    pub fn swv_filtered(self, label: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "U ziet alleen scholen met schoolsoort {label}; ook de cijfers over de scholen gaan alleen over hen."
            ),
            Lang::En => format!(
                "You see only schools of type {label}; the figures over the schools are theirs alone too."
            ),
        }
    }

    /// How many schools the picture holds, and how many are shown.
    pub fn swv_count(self, schools: usize, shown: usize) -> String {
        match self.0 {
            Lang::Nl => {
                let word = if schools == 1 { "school" } else { "scholen" };
                format!("{schools} {word}, waarvan {shown} met genoeg respondenten om te tonen.")
            }
            Lang::En => {
                let word = if schools == 1 { "school" } else { "schools" };
                format!("{schools} {word}, {shown} of them with enough respondents to show.")
            }
        }
    }

    /// Why a school is not shown, or a figure over schools is missing.
    pub fn swv_rules(self, respondents: usize, schools: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Een school wordt getoond vanaf {respondents} respondenten; cijfers over scholen samen vanaf {schools} scholen, zodat geen cijfer naar één school te herleiden is."
            ),
            Lang::En => format!(
                "A school is shown from {respondents} respondents; figures over schools from {schools} schools, so that no figure can be traced to one school."
            ),
        }
    }

    /// A figure over too few schools.
    pub fn swv_too_few_schools(self, schools: usize) -> String {
        match self.0 {
            Lang::Nl => format!("te weinig scholen (minder dan {schools})"),
            Lang::En => format!("too few schools (fewer than {schools})"),
        }
    }

    /// Why a file was not added to the SWV's picture.
    pub fn swv_file_problem(self, file: &str, problem: &scan_core::FileError) -> String {
        use scan_core::FileError as E;
        let answers = |e: &E| matches!(e, E::WrongKind { found: Some(k) } if k == EXCHANGE_KIND);
        let reference = |e: &E| matches!(e, E::WrongKind { found: Some(k) } if k == REFERENCE_KIND);
        let why = match (self.0, problem) {
            (Lang::Nl, e) if answers(e) => "dit is het bestand van één respondent; vraag de school om haar teambestand (‘Teambeeld bewaren als bestand’)".to_string(),
            (Lang::En, e) if answers(e) => "this is one respondent's file; ask the school for its team file (‘Save the team picture as a file’)".to_string(),
            (Lang::Nl, e) if reference(e) => "dit is een referentiebestand; dat opent een school op haar teampagina".to_string(),
            (Lang::En, e) if reference(e) => "this is a reference file; a school opens it on its team page".to_string(),
            (Lang::Nl, E::OtherScan(id)) => format!("het hoort bij een andere scan (“{id}”)"),
            (Lang::En, E::OtherScan(id)) => format!("it belongs to another scan (“{id}”)"),
            (Lang::Nl, E::NewerFormat(_)) => "het komt uit een nieuwere versie; gebruik de nieuwste versie van deze pagina".to_string(),
            (Lang::En, E::NewerFormat(_)) => "it comes from a newer version; use the newest version of this page".to_string(),
            (Lang::Nl, E::Damaged(_)) => "het bestand is beschadigd of geen JSON".to_string(),
            (Lang::En, E::Damaged(_)) => "the file is damaged or not JSON".to_string(),
            (Lang::Nl, E::Unreadable) => UNREADABLE_NL.to_string(),
            (Lang::En, E::Unreadable) => UNREADABLE_EN.to_string(),
            (Lang::Nl, _) => "dit is geen teambestand van deze scan".to_string(),
            (Lang::En, _) => "this is not a team file of this scan".to_string(),
        };
        match self.0 {
            Lang::Nl => format!("{file}: niet toegevoegd, want {why}."),
            Lang::En => format!("{file}: not added, because {why}."),
        }
    }

    /// A team file without a school name.
    pub fn swv_no_name(self, file: &str) -> String {
        match self.0 {
            Lang::Nl => format!(
                "{file}: niet toegevoegd, want er staat geen naam of code van de school in; vraag de school het teambestand opnieuw te bewaren met haar naam."
            ),
            Lang::En => format!(
                "{file}: not added, because it names no school; ask the school to save its team file again with its name."
            ),
        }
    }

    /// The same school again: which file counts.
    pub fn swv_same_school(self, file: &str, replaced: bool) -> String {
        match (self.0, replaced) {
            (Lang::Nl, true) => {
                format!("{file}: nieuwer teambestand van een school die er al was; dit telt nu.")
            }
            (Lang::Nl, false) => format!(
                "{file}: niet toegevoegd, want er is al een even nieuw of nieuwer teambestand van deze school."
            ),
            (Lang::En, true) => {
                format!("{file}: a newer team file of a school already there; this one counts now.")
            }
            (Lang::En, false) => format!(
                "{file}: not added, because a team file of this school as new or newer is already there."
            ),
        }
    }

    /// Why no reference file can be saved yet.
    pub fn swv_reference_needs(self, schools: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "Een referentiebestand maken kan vanaf {schools} scholen met genoeg respondenten. Het gaat over alle scholen, ook als u hierboven één schoolsoort kiest, en bevat per thema alleen de statussen, de middelste helft en de mediaan: geen namen en geen score van één school."
            ),
            Lang::En => format!(
                "A reference file needs {schools} schools with enough respondents. It covers all schools, also when you pick one school type above, and holds per theme only the statuses, the middle half and the median: no names and no one school's score."
            ),
        }
    }
}

// The team page beside the SWV's reference file.
texts! {
    beside_title: "Onze school naast het samenwerkingsverband", "Our school beside the samenwerkingsverband";
    team_table_label: "Het teambeeld als tabel", "The team picture as a table";
    beside_caption: "Per thema de middelste helft van de scholen (balk), hun mediaan (ring) en onze score (stip), tegen de statusgrenzen; de cijfers en het verschil staan ernaast.", "Per theme the schools' middle half (bar), their median (ring) and our score (dot), against the status bands; the figures and the difference follow.";
    beside_ours: "Onze school", "Our school";
    beside_table: "Onze school naast de scholen, als tabel", "Our school beside the schools, as a table";
    beside_swv: "scholen", "schools";
    beside_place: "Vergeleken met de scholen", "Compared with the schools";
    beside_schools: "Middelste helft van de scholen", "The schools' middle half";
    beside_below: "lager dan de meeste scholen", "lower than most schools";
    beside_above: "hoger dan de meeste scholen", "higher than most schools";
    beside_within: "binnen de middelste helft", "within the middle half";
    beside_none: "Het referentiebestand heeft geen thema met genoeg scholen.", "The reference file has no theme with enough schools.";
    team_reference_hint: "Gaf het samenwerkingsverband u een referentiebestand? Voeg het toe: dan ziet u uw school ernaast, onder het teambeeld.", "Did the samenwerkingsverband give you a reference file? Add it to see your school beside it, below the team picture.";
    team_add_reference: "Referentiebestand toevoegen", "Add a reference file";
}

impl Texts {
    /// What the team beside the SWV shows, from how many schools.
    pub fn beside_intro(self, schools: usize, swv: Option<&str>) -> String {
        let (nl, en) = match swv {
            Some(name) => (
                format!("het referentiebestand van {name}"),
                format!("the reference file of {name}"),
            ),
            None => (
                "het referentiebestand van het samenwerkingsverband".to_string(),
                "the samenwerkingsverband's reference file".to_string(),
            ),
        };
        match self.0 {
            Lang::Nl => format!(
                "Uit {nl}: per thema de middelste helft en de mediaan van de scores van {schools} scholen, zonder hun namen; onze school telt daarin mee als zij haar teambestand gaf. Een verschil staat er alleen bij waar onze score buiten die middelste helft valt; daarbinnen gaat het om gewone verschillen tussen scholen."
            ),
            Lang::En => format!(
                "From {en}: per theme the middle half and the median of the scores of {schools} schools, without their names; our school counts in it if it gave its team file. A difference is named only where our score lies outside that middle half; within it, the differences between schools are ordinary."
            ),
        }
    }

    /// Said when a reference file is opened on the team page.
    pub fn team_reference_opened(self, file: &str, schools: usize) -> String {
        match self.0 {
            Lang::Nl => format!(
                "{file}: referentie van het samenwerkingsverband geopend ({schools} scholen)."
            ),
            Lang::En => {
                format!("{file}: the samenwerkingsverband's reference opened ({schools} schools).")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_said_in_the_singular_or_the_plural() {
        let (nl, en) = (Texts(Lang::Nl), Texts(Lang::En));
        assert_eq!(
            nl.team_file_opened("a.json", 1),
            "a.json: teambeeld van 1 respondent geopend."
        );
        assert_eq!(
            en.team_file_opened("a.json", 2),
            "a.json: team picture of 2 respondents opened."
        );
        assert_eq!(
            nl.swv_restored(1, 3),
            "Hersteld van dit apparaat: de teambestanden van 1 school en van 3 scholen in de eerdere ronde."
        );
        assert_eq!(
            nl.team_statement_withheld(1),
            "Te weinig om te tonen (1 respondent beantwoordde deze stelling)."
        );
        assert!(
            nl.team_too_few_to_be_anonymous(3)
                .contains("wat de anderen hebben geantwoord")
        );
        assert!(nl.plan_calendar_saved(2, 1).ends_with(
            "2 datums uit het plan en een terugblik over een jaar. 1 punt zonder datum staat er niet in."
        ));
    }

    #[test]
    fn the_mean_is_explained_from_the_scale_in_both_languages() {
        let scored = [
            ("Niet", 0),
            ("Enigszins", 1),
            ("Grotendeels", 2),
            ("Volledig", 3),
        ];
        assert_eq!(
            Texts(Lang::Nl).mean_explained(&scored, &["Weet ik niet", "Niet van toepassing"]),
            "Gemiddeld: uw antwoorden als getal, waarbij ‘Niet’ telt als 0, ‘Enigszins’ als 1, ‘Grotendeels’ als 2 en ‘Volledig’ als 3; ‘Weet ik niet’ en ‘Niet van toepassing’ tellen niet mee."
        );
        assert_eq!(
            Texts(Lang::En).mean_explained(&scored[..2], &["Don't know"]),
            "Mean: your answers as numbers, with ‘Niet’ as 0 and ‘Enigszins’ as 1; ‘Don't know’ does not count."
        );
        assert_eq!(
            Texts(Lang::Nl).mean_explained(&scored[..2], &[]),
            "Gemiddeld: uw antwoorden als getal, waarbij ‘Niet’ telt als 0 en ‘Enigszins’ als 1."
        );
    }

    #[test]
    fn language_from_the_attribute() {
        assert_eq!(Lang::from_attribute(None), Lang::Nl);
        assert_eq!(Lang::from_attribute(Some("en")), Lang::En);
        assert_eq!(Lang::from_attribute(Some(" EN-gb ")), Lang::En);
        assert_eq!(Lang::from_attribute(Some("nl")), Lang::Nl);
        assert_eq!(Lang::from_attribute(Some("fr")), Lang::Nl);
    }

    #[test]
    fn the_band_legend_speaks_in_the_scales_words() {
        use scan_core::BandOnScale as B;
        let (nl, en) = (Texts(Lang::Nl), Texts(Lang::En));
        let between = |from, below| B::Between {
            lower: "Grotendeels",
            upper: "Volledig",
            from,
            below,
        };
        assert_eq!(
            nl.band_range(between(None, None), ','),
            "Gemiddeld tussen ‘Grotendeels’ en ‘Volledig’."
        );
        assert_eq!(
            nl.band_range(between(None, Some(270)), ','),
            "Gemiddeld tussen ‘Grotendeels’ en ‘Volledig’, onder 2,7."
        );
        assert_eq!(
            nl.band_range(between(Some(250), Some(270)), ','),
            "Gemiddeld tussen ‘Grotendeels’ en ‘Volledig’, van 2,5 tot onder 2,7."
        );
        assert_eq!(
            en.band_range(between(Some(250), None), '.'),
            "Mean between ‘Grotendeels’ and ‘Volledig’, from 2.5."
        );
        let nearly = B::FromMean {
            from: 270,
            lower: "Grotendeels",
            top: "Volledig",
            nearly_top: true,
        };
        assert_eq!(
            nl.band_range(nearly, ','),
            "Gemiddeld 2,7 of hoger: vrijwel overal ‘Volledig’."
        );
        assert_eq!(
            en.band_range(nearly, '.'),
            "Mean 2.7 or higher: nearly everywhere ‘Volledig’."
        );
        let wide = B::FromMean {
            from: 150,
            lower: "Soms",
            top: "Altijd",
            nearly_top: false,
        };
        assert_eq!(
            nl.band_range(wide, ','),
            "Gemiddeld 1,5 of hoger, tussen ‘Soms’ en ‘Altijd’."
        );
        let top = |option| B::FromOption {
            option,
            top: "Altijd",
        };
        assert_eq!(nl.band_range(top("Altijd"), ','), "Overal ‘Altijd’.");
        assert_eq!(
            nl.band_range(top("Vaak"), ','),
            "Gemiddeld ‘Vaak’ of hoger."
        );
        assert_eq!(en.band_range(top("Vaak"), '.'), "Mean ‘Vaak’ or higher.");
    }

    #[test]
    fn texts_follow_the_language() {
        assert_eq!(Texts(Lang::Nl).start(), "Start de scan");
        assert_eq!(Texts(Lang::En).start(), "Start the scan");
        assert_eq!(
            Texts(Lang::Nl).completeness(3, 5, 1, "Weet ik niet"),
            "U heeft 3 van de 5 stellingen beantwoord. Het resultaat is voorlopig tot alles is ingevuld; 1 keer koos u ‘Weet ik niet’."
        );
        assert_eq!(
            Texts(Lang::En).with_status(&["Gevorderd", "Geborgd"], false),
            "Themes with the status Gevorderd or Geborgd."
        );
        assert_eq!(
            Texts(Lang::Nl).with_status(&["A", "B", "C"], true),
            "Thema's met de status A, B of C, en thema's waar u onvoldoende zicht op heeft."
        );
    }
    #[test]
    fn the_answer_weet_ik_niet_is_quoted_as_the_scale_labels_it() {
        let label = scan_core::builtin().unwrap().unknown_label().to_string();
        assert_eq!(label, "Weet ik niet");
        for t in Lang::ALL.map(Texts) {
            let said = [
                t.only_unknown(&label),
                t.too_few_hint(&label),
                t.insight_overall(&label),
                t.insight_theme(&label),
                t.team_themes_caption(&label),
                t.guide_no_unknown(&label),
                t.team_unknown(&label),
                t.completeness(3, 5, 2, &label),
                t.theme_meta((3, 5), (1, &label), 0),
                t.team_basic(1, 2, &label),
            ];
            for text in said {
                assert!(text.contains("‘Weet ik niet’"), "{text}");
                assert!(!text.to_lowercase().contains("don't know"), "{text}");
            }
        }
        // An own scale's label, and a scale without the option: no empty quotes.
        assert!(
            Texts(Lang::En)
                .insight_theme("Onbekend")
                .contains("‘Onbekend’")
        );
        for t in Lang::ALL.map(Texts) {
            assert!(!t.too_few_hint("").contains("‘’"));
            assert!(!t.team_themes_caption("").contains("‘’"));
        }
    }

    #[test]
    fn the_csv_files_speak_the_pages_language() {
        let q = scan_core::builtin().unwrap();
        let team = scan_core::aggregate(&q, &[]);
        let picture = scan_core::swv::swv_picture(&q, &[]);
        let nl = Texts(Lang::Nl).csv_texts();
        let en = Texts(Lang::En).csv_texts();
        assert_eq!(nl, scan_core::CsvTexts::DUTCH);
        let team_en = scan_core::team_csv(&q, &team, &en);
        assert!(
            team_en.starts_with(
                "\u{feff}\"Theme\";\"Statement (id)\";\"Statement\";\"Respondents\";\"Number: "
            ),
            "{team_en}"
        );
        let swv_en = scan_core::swv_csv(&q, &picture, &en);
        assert!(
            swv_en.starts_with("\u{feff}\"School\";\"School type\";\"Respondents\";"),
            "{swv_en}"
        );
        assert!(
            swv_en.contains("\"Total: Weet ik niet %\"") && swv_en.contains("\"Median %\""),
            "{swv_en}"
        );
        // No Dutch word of the files' own is left in the English ones.
        for dutch in [
            "Thema",
            "Stelling",
            "Aantal",
            "Scholen",
            "Totaal",
            "Mediaan",
            "weet ik niet",
        ] {
            assert!(
                !team_en.contains(dutch) && !swv_en.contains(dutch),
                "{dutch}"
            );
        }
        assert!(scan_core::team_csv(&q, &team, &nl).starts_with("\u{feff}\"Thema\";"));
    }
}
