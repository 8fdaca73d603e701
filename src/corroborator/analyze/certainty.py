"""How surely a statement is said: a grade plus the words that justify it.

Grades, weakest-claim first (the precedence used when several apply):

    denial > speculation > hedged > anonymous > named > on_record > asserted

A claim is only as strong as its weakest link: the grade is the highest-precedence grade found
among (a) cue words inside the statement's span, (b) the attribution's cue verb, and (c) every
source on the attribution's chain. So "Libération claimed secret service sources had located
him" is *hedged* ("claimed") even though Libération is named, and a named person's "I think he
may …" is *speculation*.

- asserted: the writer's own plain statement (no attribution, no cue; a cue with no speaker,
  "was charged with", "fears that", or the reader addressed, "you", is the writer's telling).
- on_record: an organisation or institution speaking ("the Kremlin said", "police said",
  "prosecutors said"), or an official speaking in their role, whatever the verb ("Kremlin
  spokesman Dmitry Peskov", "Fire chief John Smith", "Sen. Warren", "China's ambassador"; or
  an office told at an earlier mention of the same person named at the cue: "Sullivan, then
  deputy chief of staff, …" then "Sullivan wrote …", or in a relative clause on the name,
  "Robert Reich, who served as labor secretary": ``_office_told_before``, ``_posts_held``;
  a government house's staff, "the White House climate change adviser": ``STAFF_ROLES``),
  or a named person speaking publicly ("told reporters", "in a statement", read outside what
  is said: ``REPORTED_DEPS``; "told POLITICO": ``NEWS_OUTLETS``; "wrote in an op-ed":
  ``OPINION_PIECES``), or a published record ("the poll found", "the letter says":
  ``PUBLISHED_RECORDS``) or a record of what happened ("video shows", "records show":
  ``EVENT_RECORDS``), or a named author's work ("a Wall Street Journal article", "an analysis
  by the Pew Research Center": ``AUTHORED_WORKS``), or a group named before, told again ("The
  mercenary groups" after "the Wagner mercenary group": ``GROUP_NOUNS``).
- named: a named person otherwise ("Nobel prize-winner Dmitry Muratov", and one the
  attribution leaves unnamed: "GOP presidential contender and former neurosurgeon Ben
  Carson", ``_as_written``), or one described again ("the candidate said", "the billionaire
  businessman": ``DESCRIBED_PERSON_NOUNS``).
- anonymous: unnamed sources ("sources close to", "officials said", "reports say", "polls
  show"), or a speaker who spoke "on condition of anonymity" (``ANONYMITY_WORDS``).
- hedged: "reportedly", "allegedly", "is believed to", "is said to", "it has been reported
  that", "seemed to", a "claim" cue verb.
- speculation: modal "may/might/could" (not "could not", a past inability), a conditional's
  "would" ("if …, she would cede"), "I think", "I doubt", "perhaps", predictions ("is going
  to be rigged", "it's gonna be", "is expected to vote": ``PREDICTION_VERBS``), opinions
  (a belief cue whoever believes, "experts suspect": ``BELIEF_CUE_VERBS``; seeing one thing as
  another, "see immigrants as a burden": ``SEEING_AS_VERBS``), and
  what a belief, hope or proposal holds in its "that" clause ("his belief that there will be
  a contested convention": ``SPECULATION_NOUNS``).
- denial: "denied", "rejected claims that", "dismissed reports"; not a denial verb that turns
  down a person ("Bush had been soundly rejected by an electorate", "did not dismiss
  Lewandowski": a vote or a firing).

An aim ("She hopes to win", "is seeking to reassure voters": ``attribution.is_aim``) is no
statement: its source grades nothing (a named or official subject does not put an intention on
the record); it is its subject's plan or wish, graded speculation at the aim's cue. An act or
a feeling of its subject ("have opposed the deal", "are still uneasy": ``attribution.is_report``
is False) is no statement either: the writer tells it, asserted.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from corroborator.analyze.attribution import UNNAMED, is_aim, is_report, split_name_role
from corroborator.analyze.wire import AGENCIES
from corroborator.model import Attribution, Certainty, Source, Span
from corroborator.names import fold, same_given_name

# Precedence, strongest override first.
GRADE_ORDER: tuple[str, ...] = (
    "denial",
    "speculation",
    "hedged",
    "anonymous",
    "named",
    "on_record",
    "asserted",
)

# --- cue words inside the statement --------------------------------------------------------

# Denial verbs (lemma): the source says the content is false.
DENIAL_VERBS: frozenset[str] = frozenset("deny reject refute dismiss dispute rebut".split())
# Hedging adverbs/adjectives: the writer distances themself from the claim.
HEDGE_WORDS: frozenset[str] = frozenset(
    """reportedly allegedly purportedly supposedly apparently ostensibly rumoured rumored
    alleged purported supposed unconfirmed unverified""".split()
)
# Hearsay passives "X is believed/said/thought/reported to …" (lemma of the VBN).
HEDGE_PASSIVES: frozenset[str] = frozenset(
    "believe say think report allege rumour rumor understand claim suspect".split()
)
# Cue verbs that hedge what they introduce: "Libération has claimed …".
HEDGE_CUE_VERBS: frozenset[str] = frozenset("claim allege".split())
# Modal auxiliaries of possibility ("may have been tasked"); "would"/"will" are left out:
# reported speech turns every "will" into "would".
SPECULATION_MODALS: frozenset[str] = frozenset("may might could".split())
# The modal of a conditional's main clause ("If she could not go on, she would have to cede
# the nomination"): what would happen on a condition is not told as happening. Alone,
# "would" is mostly a reported "will" ("he said he would resign on Friday"), left as it is.
CONDITIONAL_MODALS: frozenset[str] = frozenset("would 'd".split())
# Words that open a condition ("if", "unless").
CONDITION_MARKS: frozenset[str] = frozenset("if unless".split())
# Predictions told with "be going to" or "be expected to" ("that election is going to be
# rigged", "The Senate is expected to vote Tuesday"): what will happen is not told as happening.
# A past "was going to" is left as it is (reported speech and hindsight: "he was going to win").
PREDICTION_VERBS: frozenset[str] = frozenset("go expect".split())
# The infinitive's "to", and the "na" of "gonna" ("it's gonna wind up being": "gon" "na").
INFINITIVE_MARKS: frozenset[str] = frozenset("to na".split())
# Contracted forms of "be" a parse may leave unlemmatised ("Carolina's going to win").
BE_CONTRACTIONS: frozenset[str] = frozenset("'s 're 'm".split())
# Adverbs of possibility and opinion.
SPECULATION_WORDS: frozenset[str] = frozenset(
    """perhaps maybe possibly probably likely presumably conceivably arguably""".split()
)
# Opinion verbs with a first-person subject: "I think", "we believe", "I assume", "I doubt".
OPINION_VERBS: frozenset[str] = frozenset(
    "think believe guess suppose suspect reckon feel assume doubt".split()
)
# Cue verbs of belief, whatever their subject ("Many experts suspect those losses were …",
# "she believes we must …"): what is believed is an opinion, not a report.
BELIEF_CUE_VERBS: frozenset[str] = frozenset("believe think suspect doubt assume reckon".split())


def _believes(verb: Token) -> bool:
    """True for an active ``BELIEF_CUE_VERBS`` verb ("experts suspect"); the passive "is
    believed to have met" is hearsay, hedged by ``HEDGE_PASSIVES``."""
    return verb.lemma_.lower() in BELIEF_CUE_VERBS and not any(
        c.dep_ == "auxpass" for c in verb.children
    )


# Verbs of seeming: "X seemed to be shrinking", "appeared to concede": the writer's impression
# (hedged), and their subject is what seems, no source.
SEEM_VERBS: frozenset[str] = frozenset("seem appear".split())
# Words that negate a modal: "could not be located", "neither could the employer": a past
# inability, told as fact, not a possibility.
MODAL_NEGATIONS: frozenset[str] = frozenset("not n't neither nor never".split())
# Words of speaking in public, on the record: "told reporters", "in a statement"; counted
# where the statement was made, not inside what is said ("said Ivanka Trump's statement didn't
# clarify the matter" is no public statement of the speaker's).
ON_RECORD_WORDS: frozenset[str] = frozenset(
    "reporters journalists statement briefing conference press interview".split()
)
# Dependencies of what a cue verb says ("said [Ivanka Trump's statement didn't clarify it]").
REPORTED_DEPS: frozenset[str] = frozenset({"ccomp"})
# Words by which news tells that a named-seeming speaker spoke unnamed ("he said, on condition
# of anonymity", "spoke anonymously"), or that a named outlet relays one ("the Post reported,
# citing another anonymous source"): whoever the parse finds at the cue, the source is
# anonymous.
ANONYMITY_WORDS: frozenset[str] = frozenset("anonymity anonymously anonymous".split())
# Office roles that make a named person an on-record source (abbreviated ranks and titles
# compared without their full stop: "Sen. Warren", "Gen. Milley", "Const. Tim Fanning").
OFFICE_ROLES: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson president minister secretary chancellor premier
    governor senator mayor ambassador director commander head general chairman
    chairwoman ceo official representative prosecutor judge king queen leader commissioner
    sheriff administrator superintendent inspector detective officer marshal coroner captain
    lieutenant sergeant colonel major admiral pope envoy
    lawmaker legislator congressman congresswoman assemblyman assemblywoman councilman
    councilwoman councilmember alderman treasurer comptroller
    constable corporal
    sen rep gov gen lt col maj capt adm sgt cmdr supt insp const cst cpl det""".split()
)
# Staff roles that are an office only in a government's own house ("the White House climate
# change adviser", "a State Department aide"): a person's adviser or aide ("one of the
# president's closest aides", "a former political adviser to Mr. Clinton") serves a person,
# not a public office.
STAFF_ROLES: frozenset[str] = frozenset("adviser advisor aide counselor".split())
# The houses of a government whose staff hold an office.
GOVERNMENT_HOUSES: tuple[str, ...] = (
    "white house",
    "pentagon",
    "kremlin",
    "downing street",
    "state department",
    "department",
    "ministry",
    "embassy",
)
# Office titles that are an office only as the role's last word ("Manhattan Supreme Court
# Justice", "Justice Scalia", "Fire chief", "deputy chief of staff"): the word also names causes
# and bodies ("an organizer with the Philly Coalition for Real Justice", "the Justice
# Department") or ranks a job that is no office ("the chief strategist on President Obama's
# campaigns").
OFFICE_TITLE_HEADS: frozenset[str] = frozenset({"justice", "chief"})
# Office roles of more than one word whose words alone are no office ("her attorney" is not,
# "District Attorney Jane Doe" is).
OFFICE_ROLE_PHRASES: tuple[str, ...] = ("district attorney", "attorney general", "state's attorney")


def _rank(grade: str) -> int:
    return GRADE_ORDER.index(grade)


# Published records whose author is known to the reader (a pollster, a court, a signatory): one
# of them speaking ("the poll found", "A Bloomberg poll shows", "the letter says", "the
# lawsuit alleges") is on the record even with no one named at the cue; only the singular: a
# plural ("polls show", "reports say") is hearsay of no one in particular.
PUBLISHED_RECORDS: frozenset[str] = frozenset(
    """poll survey report study statement letter lawsuit suit complaint memo memorandum filing
    ruling indictment transcript document ad""".split()
)
# Records of what happened (a video, footage, photos, records, data, documents) or of what was
# counted and shown (a tally, a chart, a slide): what one shows ("Video shows that Crutcher had
# his hands in the air", "Records show he paid no tax", "according to a CNN tally", "Another
# slide shows that eight of 10 avocados …") is evidence on the record, in the plural too;
# unlike "polls show" or "reports say", no one's hearsay.
EVENT_RECORDS: frozenset[str] = frozenset(
    """video videos footage recording recordings tape tapes photo photos photograph photographs
    image images picture pictures record records data documents transcripts tally tallies chart
    charts graphic graphics slide slides""".split()
)
# Words after which a source's name goes on about its head, not with it ("A court document filed
# Thursday", "the memo obtained by the Post", "Officials familiar with the memo"): the head is
# the word before.
RECORD_NAME_ENDS: frozenset[str] = frozenset(
    """filed released published issued obtained seen sent by from of in on with about to
    familiar close who that which""".split()
)


def _published_record(name: str) -> bool:
    """True for a source named by a singular published record ("The new Post-ABC poll", "A court
    document filed Thursday") or by a record of what happened ("Video", "Police records")."""
    words = [w.strip(".,;:'\"") for w in fold(name).split()]
    head = _head_word(words)
    return head in PUBLISHED_RECORDS or head in EVENT_RECORDS


# Heads of a definite description by which news names a public figure named before, again
# ("the candidate said", "the billionaire businessman says", "the Republican nominee"): one
# known person described, no unnamed source.
DESCRIBED_PERSON_NOUNS: frozenset[str] = frozenset(
    """candidate nominee businessman businesswoman billionaire mogul tycoon front-runner
    frontrunner""".split()
)


def _described_person(name: str) -> bool:
    """True for "the <...> candidate": a definite description of one public figure."""
    words = name.lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in DESCRIBED_PERSON_NOUNS


# Sources that are no one speaking: the reader addressed ("How do you know …", "you should …").
READER_WORDS: frozenset[str] = frozenset("you".split())


def _no_speaker(doc: Doc, source: Source) -> bool:
    """True for a source no one speaks as: an unnamed one the text does not show (no speaker at
    the cue: "was charged with", "fears that", "attacks on", "called to service": the writer's
    own telling, its hearsay words graded by themselves), or the reader addressed ("you"), read
    as written: a "you" the parse links to someone before ("How do you know when …" → "many
    colleges") is still the reader."""
    if source.kind == "anonymous" and source.span is None and source.name == UNNAMED:
        return True
    written = doc.text[source.span.start : source.span.end] if source.span else source.name
    return source.name.lower() in READER_WORDS or written.lower() in READER_WORDS


def _head_word(words: list[str]) -> str:
    """The head word of a name or role: its last word before any phrase that goes on about it
    (RECORD_NAME_ENDS: "a court document filed Thursday" → "document", "Associate Justice of
    the Supreme Court" → "justice", "an organizer with the Philly Coalition for Real Justice" →
    "organizer"), or "" for no words."""
    for n, word in enumerate(words):
        if n and word in RECORD_NAME_ENDS:
            words = words[:n]
            break
    return words[-1] if words else ""


def source_grade(source: Source) -> str:
    """How surely a source speaks by who it is: anonymous, on the record, or named."""
    if _published_record(source.name):
        return "on_record"  # a published record of a known author, whatever its kind's reading
    if source.kind == "anonymous":
        return "named" if _described_person(source.name) else "anonymous"
    if source.kind in ("organisation", "publication", "outlet"):
        return "on_record"
    if _office(source.role or ""):
        return "on_record"
    # A description with no name is the name ("China's ambassador"): its office words count
    # (lower-case words only, so "John Head" is no office).
    if not source.role and any(
        w in OFFICE_ROLES for w in source.name.replace("-", " ").split() if w.islower()
    ):
        return "on_record"
    return "named"


def _office(role: str) -> bool:
    """True for a role that is an office ("Kremlin spokesman", "Sen.", "Manhattan Supreme Court
    Justice", "District Attorney")."""
    role = role.lower().replace("-", " ").replace(".", " ")
    return (
        any(word in OFFICE_ROLES for word in role.split())
        or _head_word(role.split()) in OFFICE_TITLE_HEADS
        or any(phrase in role for phrase in OFFICE_ROLE_PHRASES)
        or (
            any(word in STAFF_ROLES for word in role.split())
            and any(house in role for house in GOVERNMENT_HOUSES)
        )
    )


def _role_told_with(name: SpacySpan) -> str:
    """The role the text gives a person's name where it stands: the words right before it in
    its noun phrase ("Kremlin spokesman Dmitry Peskov") and its apposition up to the
    apposition's head ("Sullivan, then deputy chief of staff to the secretary of state" →
    "then deputy chief"), without a possessor's words ("Clinton's aide Jake Sullivan", "Smith,
    the president's friend": no office of theirs)."""
    head = name.root
    phrase = {t.i for t in head.subtree}
    owned = {t.i for c in head.subtree if c.dep_ == "poss" for t in c.subtree}
    start = name.start
    while start and start - 1 in phrase and head.doc[start - 1].pos_ not in ("VERB", "AUX"):
        if head.doc[start - 1].is_punct and head.doc[start - 1].text != "-":
            break
        start -= 1
    words = [t.text for t in head.doc[start : name.start] if t.i not in owned and t.dep_ != "det"]
    for told in [*_appositions(name), *_posts_held(name)]:
        owned = {t.i for c in told.subtree if c.dep_ == "poss" for t in c.subtree}
        words += [t.text for t in told.subtree if t.i <= told.i and t.i not in owned]
    return " ".join(words)


def _appositions(name: SpacySpan) -> list[Token]:
    """The heads of the nouns set after a name ("Sullivan, then deputy chief of staff")."""
    return [
        c for c in name.root.children if c.dep_ == "appos" and c.i >= name.end and c.pos_ == "NOUN"
    ]


# Verbs of a relative clause that tell the post its person holds or held ("Robert Reich, who
# served as labor secretary", "Doe, who was a senator from Ohio"); not what they do ("Rucker
# Culpepper, who runs Clinton's get-out-the-vote effort": a campaign job, no post).
POST_VERBS: frozenset[str] = frozenset("be serve".split())


def _posts_held(name: SpacySpan) -> list[Token]:
    """The heads of the posts a relative clause on a name says its person holds or held: the
    "be" clause's attribute or the "as" of "served as" (``POST_VERBS``)."""
    posts = []
    for clause in name.root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in POST_VERBS:
            continue
        for c in clause.children:
            if c.dep_ == "attr":
                posts.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                posts += [o for o in c.children if o.dep_ == "pobj"]
    return posts


def _office_told_before(doc: Doc, source: Source) -> bool:
    """True for a named person whose office the article gives at an earlier mention of them
    ("Kremlin spokesman Dmitry Peskov said …" then "Peskov added …"; "Sullivan, then deputy
    chief of staff to the secretary of state, …" then "Sullivan had to explain …"): an office
    held now or before, named in the sentence or before it. The speaker is named at the cue (not
    "he"); the mention is of the same person: the same surname, and the same given name
    (``same_given_name``) where both have one. A mention or a speaker by surname alone is the
    person only when the article gives no two people that surname, and a mention by surname
    alone only after a full name it refers back to ("President Clinton signed the law. Hillary
    Clinton said …": the office is someone else's; "President Obama", never named in full, is
    left to the attribution's own reading of the name)."""
    if source.kind != "person" or source.span is None:
        return False
    words = _name_words(source.name)
    if not words or words[-1] not in _name_words(doc.text[source.span.start : source.span.end]):
        return False  # a pronoun's person is the resolver's guess ("He noted": Obama or Podesta?)
    namesakes = [  # every PERSON mention of the speaker's surname, with its name's words
        (ent, name)
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and (name := _name_words(split_name_role(ent.text, None)[0]))
        and name[-1] == words[-1]
    ]
    # the mentions before the cue's, and the cue's own ("said Robert Reich, who served as …")
    mentions = [(ent, name) for ent, name in namesakes if ent.start_char <= source.span.start]
    full_names = [(ent.start_char, name[0]) for ent, name in namesakes if len(name) > 1]
    given = {g for _, g in full_names} | ({words[0]} if len(words) > 1 else set())
    shared = any(not same_given_name(a, b) for a in given for b in given)
    first_full = min((start for start, _ in full_names), default=None)
    for ent, name in mentions:
        if len(name) > 1 and len(words) > 1:
            if not same_given_name(name[0], words[0]):
                continue
        elif shared:
            continue  # by surname alone, one of two people
        elif len(name) == 1 and (first_full is None or ent.start_char < first_full):
            continue  # a surname before any full name refers back to no one
        _, role = split_name_role(ent.text, _role_told_with(ent) or None)
        if _office(role or ""):
            return True
    return False


def _name_words(name: str) -> list[str]:
    """A person's name as folded words, marks at their ends dropped ("Jake Sullivan’s" →
    ["jake", "sullivan"])."""
    words = [w.strip(".,;:'\"") for w in fold(name).split()]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return [w for w in words if w]


def _in_relative_clause(tok: Token) -> bool:
    """True for words in a relative clause ("…, which could explain …"): not the claim itself."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "relcl":
            return True
        # The parser sometimes labels a sentential "…, which could …" as advcl.
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in node.children):
            return True
    return False


def _backshifted(modal: Token) -> bool:
    """ "told they could sign": reported "can" after a past-tense cue, not a possibility."""
    verb = modal.head
    return verb.dep_ == "ccomp" and verb.head.tag_ in ("VBD", "VBN")


def _unable(modal: Token) -> bool:
    """ "could not be located", "neither could the employer": a negated "could" (not "could not
    have"), a past inability told as fact."""
    words = [*modal.head.children, modal.head] if modal.dep_ == "aux" else [*modal.children]
    if any(w.lower_ == "have" and w.dep_ == "aux" for w in words):
        return False
    return any(fold(w.text) in MODAL_NEGATIONS for w in words)  # "couldn’t" too


# Named entity kinds of a body one tells in public: an outlet, a committee, a court, a country's
# parliament ("told Rolling Stone", "told CNN", "told Congress"), not a person told in private.
PUBLIC_BODY_ENTITIES: frozenset[str] = frozenset("ORG GPE NORP FAC WORK_OF_ART".split())
# News outlets by name, lower-cased ("the" kept only where the name is nothing without it: "the
# Post"): the parser often tags "POLITICO" or "Politico" a person or nothing. Telling one, or
# one of its shows or journalists ("told POLITICO", "told ABC's George Stephanopoulos", "told
# Fox News host Sean Hannity"), is telling the public; the news agencies too (``AGENCIES``).
NEWS_OUTLETS: frozenset[str] = frozenset(
    {
        *"politico cnn fox msnbc nbc abc cbs npr pbs cnbc c-span yahoo breitbart buzzfeed".split(),
        *"axios vox newsweek bbc".split(),
        *("new york times", "washington post", "wall street journal", "usa today"),
        *("huffington post", "los angeles times", "boston globe", "chicago tribune"),
        *("new york post", "daily beast", "national review", "weekly standard", "rolling stone"),
        *("the hill", "the atlantic", "the new yorker", "the guardian", "the post", "the times"),
        *AGENCIES,
    }
)


def _told_a_body(cue_tokens: list[Token]) -> bool:
    """ "Sanders told Rolling Stone", "he told CNN on Sunday", "told POLITICO": a named person
    telling a named outlet or body (or an outlet's show or journalist: ``NEWS_OUTLETS``) speaks
    on the record, like one who "told reporters"."""
    return any(
        t.lemma_.lower() == "tell"
        and any(
            c.dep_ in ("dobj", "dative")
            and (c.ent_type_ in PUBLIC_BODY_ENTITIES or _names_news_outlet(c))
            for c in t.children
        )
        for t in cue_tokens
    )


# Pieces a named person publishes under their name in a paper ("wrote in a Baltimore Sun op-ed
# that", "noted in a guest column", "said in an op-ed piece"): what they say there is on the
# record, like what they say in a statement.
OPINION_PIECES: frozenset[str] = frozenset("op-ed column editorial commentary".split())


def _said_in_a_piece(cue_tokens: list[Token]) -> bool:
    """ "Bentley wrote in a Baltimore Sun op-ed that …": a cue verb whose "in" names an opinion
    piece (``OPINION_PIECES``) among its words; not "flip to his column" (no "in" of the cue)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            word in OPINION_PIECES
            for obj in prep.children
            if obj.dep_ == "pobj"
            for word in obj.doc[obj.left_edge.i : obj.i + 1].text.lower().split()
        )
        for t in cue_tokens
        for prep in t.children
    )


def _names_news_outlet(addressee: Token) -> bool:
    """True for an addressee whose words up to its head start with an outlet's name
    (``NEWS_OUTLETS``): "POLITICO", "The Washington Post's editorial board", "CNN's Jake
    Tapper"; not "Mary Jones" nor "his wife"."""
    words = [fold(w.text) for w in addressee.subtree if w.i <= addressee.i]
    names = {" ".join(words), " ".join(words[1:] if words[:1] == ["the"] else words)}
    return any(
        name == outlet or name.startswith((outlet + " ", outlet + "'s"))
        for name in names
        for outlet in NEWS_OUTLETS
    )


# Dependencies of what a denial verb turns down: its object, or its subject in the passive.
TURNED_DOWN_DEPS: frozenset[str] = frozenset("dobj nsubjpass".split())
# Pronouns that stand for a person ("it" and "them" may stand for a claim: "she denied it").
PERSON_PRONOUNS: frozenset[str] = frozenset("i me we us he him she her".split())


def _turns_down_a_person(verb: Token) -> bool:
    """ "Bush had been soundly rejected by an electorate", "voters rejected Cruz", "dismissed the
    aide": a denial verb whose object is a person (a PERSON entity or ``PERSON_PRONOUNS``) is
    a vote or a firing, not a statement said to be false; "denied it" and "He's always denied
    it" (a passive in the parse, with "it" its object) stay denials."""
    turned_down = [c for c in verb.children if c.dep_ in TURNED_DOWN_DEPS]
    return bool(turned_down) and all(
        c.ent_type_ == "PERSON" or c.lower_ in PERSON_PRONOUNS for c in turned_down
    )


def _conditional(modal: Token) -> bool:
    """ "she would have to cede … if she could not go on": a "would" whose verb carries an
    "if"/"unless" clause."""
    return modal.lower_ in CONDITIONAL_MODALS and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in modal.head.children
    )


def _predicted(tok: Token) -> bool:
    """ "is going to be rigged", "are expected to vote": a present "be going to" or "be expected
    to" with its verb (``PREDICTION_VERBS``); not "going to Iowa" (no verb) nor a past "was going
    to"."""
    lemma = tok.lemma_.lower()
    if lemma not in PREDICTION_VERBS or tok.tag_ != ("VBG" if lemma == "go" else "VBN"):
        return False
    be = [
        c
        for c in tok.children
        if c.dep_ in ("aux", "auxpass")
        and (c.lemma_.lower() == "be" or fold(c.text) in BE_CONTRACTIONS)
    ]
    if not be or any(c.tag_ == "VBD" for c in be):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ in INFINITIVE_MARKS for a in c.children)
        for c in tok.children
    )


def _hearsay_without_subject(cue_tokens: list[Token]) -> bool:
    """ "It's been reported that …", "it is believed that …": a hearsay passive with an empty
    subject, the writer relaying what goes round (hedged)."""
    return any(
        t.lemma_.lower() in HEDGE_PASSIVES
        and t.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in t.children)
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in t.children)
        for t in cue_tokens
    )


def _told_words(cue_tokens: list[Token]) -> set[str]:
    """The lower-cased words of the cue's sentence outside what is said (the cue verb's clausal
    complement, ``REPORTED_DEPS``): the words that tell how and where the statement was made."""
    if not cue_tokens:
        return set()
    said = {
        t.i
        for cue in cue_tokens
        for c in cue.children
        if c.dep_ in REPORTED_DEPS
        for t in c.subtree
    }
    return {t.lower_ for t in cue_tokens[0].sent if t.i not in said}


def _tokens(doc: Doc, span: Span) -> list[Token]:
    """The tokens starting inside ``span``."""
    window = doc.char_span(span.start, span.end, alignment_mode="expand")
    if window is None:
        return []
    return [t for t in window if span.start <= t.idx < span.end]


# Nouns of a hope, a belief or a proposal whose "that" clause holds what is not told as
# happening ("his belief that there will be a contested convention", "Trump's proposal that
# Mexico solve the crisis", "not an unreasonable assumption that these e-mails are contained"):
# speculation. Only the "that" clause, its own clause: "unveiled a proposal for increased
# cooperation", "holds little hope for returning" and "plans to make records available" are
# one clause with the verb that tells what was done.
SPECULATION_NOUNS: frozenset[str] = frozenset(
    "hope belief proposal assumption expectation prediction wish".split()
)


def _speculated(noun: Token, span: Span) -> bool:
    """True for a ``SPECULATION_NOUNS`` noun whose "that" clause is in ``span``."""
    if noun.lemma_.lower() not in SPECULATION_NOUNS or noun.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and span.start <= c.idx < span.end
        for c in noun.children
    )


# Verbs of seeing one thing as another ("see immigrants as a burden", "views them as pestering
# him", "is widely seen as the front-runner"): how someone regards it, an opinion.
SEEING_AS_VERBS: frozenset[str] = frozenset("see view regard".split())


def _seen_as(verb: Token) -> bool:
    """True for a ``SEEING_AS_VERBS`` verb with an "as" on it or on its object (the parse hangs
    it on either); not "saw the video" (no "as")."""
    if verb.lemma_.lower() not in SEEING_AS_VERBS or verb.pos_ != "VERB":
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.lower_ == "as" and c.dep_ == "prep" for h in holders for c in h.children)


def _meant_to(word: Token) -> bool:
    """ "it's supposed to curb investors": "supposed to" with a plain infinitive is what
    something is meant to do, no hearsay; "is supposed to have taken" (a past told by others)
    and "the supposed leader" stay hedges."""
    return (
        word.lower_ == "supposed"
        and word.tag_ == "VBN"
        and any(
            c.dep_ == "xcomp" and not any(a.lower_ == "have" for a in c.children)
            for c in word.children
        )
    )


def _word_cues(doc: Doc, span: Span) -> list[tuple[str, Span]]:
    cues: list[tuple[str, Span]] = []
    for tok in _tokens(doc, span):
        lower, lemma = tok.lower_, tok.lemma_.lower()
        here = Span(tok.idx, tok.idx + len(tok.text))
        if lemma in DENIAL_VERBS and tok.pos_ == "VERB":
            if not _turns_down_a_person(tok):
                cues.append(("denial", here))
        elif lower in HEDGE_WORDS and not _meant_to(tok):
            cues.append(("hedged", here))
        elif (
            lemma in HEDGE_PASSIVES
            and tok.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and any(c.dep_ == "xcomp" for c in tok.children)
        ):
            cues.append(("hedged", here))
        elif lower in SPECULATION_MODALS and tok.tag_ == "MD" and not _in_relative_clause(tok):
            if not (lower == "could" and (_backshifted(tok) or _unable(tok))):
                cues.append(("speculation", here))
        elif tok.tag_ == "MD" and _conditional(tok):
            cues.append(("speculation", here))
        elif _predicted(tok) and not _in_relative_clause(tok):
            cues.append(("speculation", here))
        elif lower in SPECULATION_WORDS and tok.pos_ in ("ADV", "ADJ"):
            if lower != "likely" or tok.dep_ in ("advmod", "acomp"):
                cues.append(("speculation", here))
        elif _speculated(tok, span) or _seen_as(tok):
            cues.append(("speculation", here))
        elif lemma in OPINION_VERBS and tok.pos_ == "VERB":
            if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
                cues.append(("speculation", here))
    return cues


def assess_certainty(doc: Doc, span: Span, attribution: Attribution | None) -> Certainty:
    """Grade the statement at ``span`` (a clause or sentence), given who says it.

    The grade is the highest-precedence grade (see ``GRADE_ORDER``) among the cue words in the
    span and at the attribution's cue, and every source on the attribution's chain; ``cues``
    are the spans that justify that grade, in text order. An aim (``is_aim``) is graded
    speculation at its cue, whoever its subject is.
    """
    found: list[tuple[str, Span]] = _word_cues(doc, _told_up_to_cue(doc, span, attribution))
    if attribution is not None and is_aim(attribution):
        # an intention, not a statement: no source makes it named or on the record
        found.append(("speculation", attribution.cue))
    elif attribution is not None:
        cue_tokens = _tokens(doc, attribution.cue)
        lemmas = {t.lemma_.lower() for t in cue_tokens}
        if not (attribution.cue.start >= span.start and attribution.cue.end <= span.end):
            found.extend(_word_cues(doc, attribution.cue))
        if any(
            t.lemma_.lower() in DENIAL_VERBS and not _turns_down_a_person(t) for t in cue_tokens
        ):
            found.append(("denial", attribution.cue))
        elif lemmas & HEDGE_CUE_VERBS or _hearsay_without_subject(cue_tokens):
            found.append(("hedged", attribution.cue))
        if lemmas & SEEM_VERBS:
            # the writer's impression: what seems is no source
            found.append(("hedged", attribution.cue))
            return _strongest(found)
        chain = [s for s in attribution.chain or (attribution.source,) if not _no_speaker(doc, s)]
        if not is_report(doc, attribution):
            chain = []  # an act or feeling of its subject ("has opposed"): the writer's telling
        elif any(_believes(t) for t in cue_tokens):
            # what someone believes, whoever they are, is their opinion ("experts suspect")
            found.append(("speculation", attribution.cue))
        grades = [(_speaker_grade(doc, s), s.span or attribution.cue) for s in chain]
        # A named person speaking publicly is on the record; one speaking anonymously is not.
        told_words = _told_words(cue_tokens)
        public = (
            bool(told_words & ON_RECORD_WORDS)
            or _told_a_body(cue_tokens)
            or _said_in_a_piece(cue_tokens)
        )
        for i, (grade, where) in enumerate(grades):
            if grade == "named" and public and i == 0:
                grades[i] = ("on_record", where)
        if chain and told_words & ANONYMITY_WORDS:
            grades.append(("anonymous", attribution.cue))
        found.extend(grades)
    if not found:
        return Certainty("asserted", ())
    return _strongest(found)


def _told_up_to_cue(doc: Doc, span: Span, attribution: Attribution | None) -> Span:
    """The part of ``span`` up to the end of its first sentence or of the sentence of the
    attribution's cue, whichever ends later: a quote that goes on past the sentence of its cue
    ('"They try to demonize me," he said. "I think …"') is the speaker's statement as told up
    to there; each later sentence's claims are graded by their own words."""
    tokens = _tokens(doc, span)
    if not tokens:
        return span
    end = tokens[0].sent.end_char
    cue_tokens = _tokens(doc, attribution.cue) if attribution is not None else []
    if cue_tokens:
        end = max(end, cue_tokens[0].sent.end_char)
    return Span(span.start, min(span.end, end))


def _speaker_grade(doc: Doc, source: Source) -> str:
    """``source_grade`` of the source as its words read (``_as_written``), with an office the
    article gave the same person earlier: a named person with an office is on the record
    wherever the article tells it."""
    source = _as_written(doc, source)
    grade = source_grade(source)
    if grade == "named" and _office_told_before(doc, source):
        return "on_record"
    return grade


# Nouns of a piece of work a named outlet, body or person publishes ("a Wall Street Journal
# article", "a Washington Post analysis", "an analysis by the Pew Research Center", "USA
# TODAY's reporting", "a new article in Politico"): with its author named, it speaks on the
# record, like the outlet itself; unnamed ("an analysis shows") it stays anonymous. Singular
# polls, reports and studies are on the record already (``PUBLISHED_RECORDS``).
AUTHORED_WORKS: frozenset[str] = frozenset(
    """article story piece editorial column analysis investigation review account reporting
    research projection estimate count""".split()
)
# Prepositions by which a work names its author ("an analysis by Crowdpac", "A review by The
# Times", "a new article in Politico").
AUTHOR_PREPS: frozenset[str] = frozenset("by from in".split())
# Entity kinds of an author: an outlet or body, or a person.
AUTHOR_ENTITIES: frozenset[str] = frozenset("ORG PERSON".split())
# Heads of a group's collective voice ("The mercenary groups … agreed", "the coalition said"):
# a group named before in the article, told again by a description, speaks as the
# organisation it is (on the record); a group never named ("advocacy groups note") does not.
GROUP_NOUNS: frozenset[str] = frozenset(
    "group coalition organisation organization alliance faction militia movement".split()
)


def _as_written(doc: Doc, source: Source) -> Source:
    """A source the attribution leaves unnamed (kind "anonymous") as its words read in the
    parse: a person named after a long role ("GOP presidential contender and former
    neurosurgeon Ben Carson", a role and a name the parser joins as two conjuncts) or by a
    surname the article gives a person ("Trump charges that …", the parser's common noun) is
    that person, the words before the name their role; a named author's work ("a Wall Street
    Journal article published Friday": ``AUTHORED_WORKS``) is a publication; a group the
    article named before, told again ("The mercenary groups" after "the Wagner mercenary
    group": ``GROUP_NOUNS``), is an organisation. Any other source is as the attribution
    found it: "a senior official", "people close to Clinton", "a spokesman for Bernie
    Sanders" stay unnamed."""
    if source.kind != "anonymous" or source.span is None:
        return source
    tokens = _tokens(doc, source.span)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return source
    root = roots[0]
    # the name set after the root: an apposition ("his best friend, Bruce Turry"), or a conjunct
    # of one role noun ("contender and former neurosurgeon Ben Carson"); a plural's conjunct is
    # someone else ("Democratic leaders and Harry Reid")
    named_after = [
        c
        for c in root.children
        if c.i in inside and (c.dep_ == "appos" or (c.dep_ == "conj" and root.tag_ == "NN"))
    ]
    for head in [root, *named_after]:
        name = _person_named(doc, head)
        if name is not None and name.start >= tokens[0].i:
            owned = {t.i for c in root.subtree if c.dep_ == "poss" for t in c.subtree}
            role = [
                t.text
                for t in tokens
                if t.i < name.start and t.i not in owned and t.dep_ not in ("det", "cc", "punct")
            ]
            return Source(name.text, "person", source.span, None, " ".join(role) or None)
    if root.lemma_.lower() in AUTHORED_WORKS and _author_named(root, inside):
        return Source(source.name, "publication", source.span)
    if root.lemma_.lower() in GROUP_NOUNS and _group_named_before(doc, root, tokens):
        return Source(source.name, "organisation", source.span)
    return source


def _person_named(doc: Doc, head: Token) -> SpacySpan | None:
    """The person's name ``head`` ends: a PERSON entity ending at it ("Ben Carson"), or a
    capitalised word that is the surname of a PERSON the article names ("Trump", parsed as a
    common noun); None for any other word."""
    if head.ent_type_ == "PERSON" and (head.i + 1 == len(doc) or doc[head.i + 1].ent_iob_ != "I"):
        start = head.i
        while start and doc[start].ent_iob_ == "I":
            start -= 1
        return doc[start : head.i + 1]
    if head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper():
        surname = fold(head.text)
        if any(e.label_ == "PERSON" and fold(e[-1].text) == surname for e in doc.ents):
            return doc[head.i : head.i + 1]
    return None


def _names_author(word: Token) -> bool:
    """True for a word that names an author: an ORG or PERSON entity, or a news outlet."""
    return word.ent_type_ in AUTHOR_ENTITIES or _names_news_outlet(word)


def _author_named(work: Token, inside: set[int]) -> bool:
    """True for a work whose author its own words name: before it ("a Wall Street Journal
    article", "USA TODAY's reporting") or by "by"/"from"/"in" ("an analysis by the Pew
    Research Center", ``AUTHOR_PREPS``)."""
    for child in work.children:
        if child.i not in inside:
            continue
        if child.i < work.i and child.dep_ in ("compound", "poss", "nmod") and _names_author(child):
            return True
        if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS:
            if any(o.dep_ == "pobj" and _names_author(o) for o in child.children):
                return True
    return False


def _group_named_before(doc: Doc, group: Token, tokens: list[Token]) -> bool:
    """True for a definite group ("The mercenary groups") the article named before: an earlier
    noun of the same lemma with a proper name on it ("the Wagner mercenary group") and every
    word the description puts before its noun ("mercenary")."""
    if tokens[0].lower_ != "the":
        return False
    described = {t.lower_ for t in tokens if t.i < group.i and t.dep_ in ("amod", "compound")}
    for earlier in doc[: tokens[0].i]:
        if earlier.lemma_.lower() != group.lemma_.lower() or earlier.pos_ != "NOUN":
            continue
        words = {c.lower_ for c in earlier.children if c.i < earlier.i}
        named = any(
            c.i < earlier.i and c.dep_ in ("compound", "nmod", "poss") and c.ent_type_ == "ORG"
            for c in earlier.children
        )
        if named and described <= words:
            return True
    return False


def _strongest(found: list[tuple[str, Span | None]]) -> Certainty:
    """The highest-precedence grade among ``found`` and the spans that give it, in text order."""
    grade = GRADE_ORDER[min(_rank(g) for g, _ in found)]
    return Certainty(grade, tuple(sorted({where for g, where in found if g == grade and where})))


def relayed_certainty(certainty: Certainty, relayed: tuple[Source, ...]) -> Certainty:
    """The certainty of an unattributed claim in an article that relays a chain for its report
    ("Libération has claimed secret service sources had located him"; a wire dateline): the
    grade follows the chain, so the weakest of the claim's own grade and each relayed source's
    wins, with the sources' spans as its cues. A chain cited in the text lends the writer's
    statements its grade only when it rests on an unnamed source (``speaks_for_writer``)."""
    if not any(speaks_for_writer(s) for s in relayed):
        return certainty
    found = [(certainty.grade, cue) for cue in certainty.cues] or [(certainty.grade, None)]
    strongest = _strongest(found + [(source_grade(s), s.span) for s in relayed])
    return certainty if strongest.grade == certainty.grade else strongest


def speaks_for_writer(source: Source) -> bool:
    """Whether a relayed source makes the writer's own statements its own: a wire credit
    (dateline or byline, no span in the text: the copy is the agency's report), or an unnamed
    source on a chain cited in the text. A publication or person cited on the record somewhere
    in the article ("The Wall Street Journal reports", "the agency said in a June report") is
    one source among the writer's, not the voice of every sentence the writer states."""
    return source.span is None or source_grade(source) == "anonymous"


__all__ = [
    "GRADE_ORDER",
    "assess_certainty",
    "relayed_certainty",
    "source_grade",
    "speaks_for_writer",
]
