"""Who says so: direct, indirect and mixed attributions with their sources and chains.

``extract_attributions(doc, article, mentions)`` reads the one shared spaCy parse and returns
every attributed statement as an :class:`Attribution` (cue span, content span, source, mode,
chain), sorted by content start. The rules are named data below; the code loops over them.

How it works, in order:

1. Quotations are found on the characters (``find_quotes``): every double-quote style (straight,
   curly, guillemets, low-9) and single curly/straight quotes at word boundaries. A quotation
   left open at the end of a paragraph continues when the next paragraph opens with a quote mark
   (the newspaper convention), so a quote over several paragraphs is one span.
2. Verb cues (``CUE_VERBS``: speech, cognition and stance verbs): a cue verb with a clausal
   complement (``ccomp``; ``xcomp`` for ``XCOMP_CUE_VERBS``; the object for
   ``OBJECT_CONTENT_VERBS``; a prepositional object for ``PREP_CONTENT_VERBS``), or a cue verb
   that the quoted clause governs (``"…," he said`` parsed the other way round), or a cue verb
   followed by a colon and a quote (``He said: "…"``, the quote possibly in the next
   paragraph). Any other verb framing a quotation (``"…," Oliver barked``) is a cue too.
   Inside a quotation verbs are the quoted speaker's words, not new cues.
3. ``according to X``, noun cues (``X's claims that …``), impersonal passives
   (``it was reported that …``, ``X is said to …``), passives with an agent (``was first
   reported by Politico``), headline colons (``Graham: Trump's rhetoric is hateful``; on the
   title line a proper-noun speaker needs no entity tag: ``Pence: …``, ``Poll: …``,
   ``Obama on Climate Change: …``) and a paragraph ending in ``:`` before a quotation (not a
   transcript's introduction).
4. A content that touches a quotation is widened to the whole quotation, and a quotation split
   around its cue (``"…," he said. "…"``) is one span from the first half to the end of the
   second (``Span`` is contiguous, so the cue lies inside it). The mode is ``direct`` when the
   content is exactly a quotation, ``mixed`` when it has quoted and unquoted words,
   ``indirect`` otherwise. Beliefs and stances inside another statement ("said that he thinks")
   are not attributions of their own; the writer's own "I think" is one, its source the
   first person.
5. Speakers: the subject's noun phrase gives the source span; its proper-noun run gives the
   name and the premodifiers or apposition the role ("Kremlin spokesman"). ``Source.name`` is
   the bare name and ``Source.role`` the role, never sharing a word (``split_name_role``:
   titles such as "Lt. Col.", "Prince", "Sen." go to the role, "Mr."/"Dr." to neither), so a
   label ``role + name`` never repeats itself; a description with no name ("China's
   ambassador") is the name, with no role. Pronouns and bare role nouns ("the spokesman") go
   to the most recent compatible named speaker (never one the article titles as of the other
   gender, ``PRONOUN_GENDER_AGREEMENT``), else the most recent named person ("it":
   organisation); an unresolved pronoun stays the pronoun as an anonymous source (never graded
   or counted as a named voice), its span the pronoun. A first person inside another's
   statement is that speaker. A surname alone borrows the full name and role of an earlier
   mention. Institutions named by a common noun ("police", "prosecutors") are organisations.
6. Chains: a content whose own subject is an informant noun ("secret service sources had
   located him", ``INFORMANT_HEADS``), or which holds another attribution, extends the chain.
   Any other subject of a content ("12 people were injured") is what was said, not who said
   it. A statement nested in another's content goes on from its chain only when it is said in
   those words (``_carries``): its cue and speaker inside them and not in the relayer's own
   name phrase, the relayer's cue not inside it, no trailing "according to" naming the teller
   of the whole sentence, no statement named as the object of the relayer's cue ("overruled a
   judge's decision that …"), and a relayer that reports rather than acts or aims.
   ``is_statement`` tells a said content from a topic or target ("responded to
   Lukashenko's remarks"), ``cue_relation`` the verb to show ("According to" → "say").

Recall rules tuned on PolNeAR train/dev (issue 5; never on test):

- parenthetical cues ("The museum, Mr. Obama said, would …", "As Mr. Bown observed, …"): the
  clause around the cue is the content (its hull, cue inside);
- relative-clause speakers ("an architect who said …"): the source is the antecedent, its
  span the relative pronoun (PolNeAR's choice);
- speakers the parser hides: a second predicate hung on a cue's complement ("forecast that
  the economy would rebound and praised …", ``CONJOINED_CUE_HEADS``) shares that cue's
  subject; a name hung as an apposition on an opening phrase's last noun ("At Boca West, …,
  Jay DiPietro, the club's president, suggested …", ``_opener_apposition_speaker``) speaks;
- cue verbs, infinitive/prepositional complements, light-verb objects ("took aim at") and
  agentless passive judgements ("was accused of") learnt from train, each a named table
  with its counts; object content for speech verbs except addressee verbs ("told reporters");
- signed quotations ('“…” ― Jacklyn Ashley'), transcript labels ("WALLACE: …"), a colon
  after a name before a quotation, sentence-initial document frames ("In a CNN poll, …"),
  the one asked in "was asked …", one-word answers ("said no");
- spans as PolNeAR marks them: cues with auxiliaries, negation, adjacent adverbs and the
  content's preposition ("had previously announced", "called for"); a quotation split
  around its cue stays one content across a speaker apposition and into a following
  paragraph that is only a quotation; ''doubled apostrophes'' close on their second mark;
- verb frames (``FRAME_CUES``): a verb outside the cue lists read as a cue by its first
  complement and its kind of subject ("released a statement", "is known as", "pushed for",
  "laid out"), each entry learnt on train with its counts;
- a trailing clause with its own cue ends the content before it ("said X, though she noted
  Y", "said X and warned Y", "…, who cited …"); a complement holding a statement stays nested;
- say/tell/explain/claim with a speaker and no parsed complement report the rest of the
  sentence (``CORE_SPEECH_VERBS``); one poll after its clause speaks through "in"
  ("… held a lead in a CNN poll", ``POLL_NOUNS``);
- a subject inside the quotation closed before its cue is the quoted speaker's word, the
  name between the quotation and the cue speaks (``_named_after_quotation``); a relative
  clause's speaker is the noun its verb agrees with ("a focal point for demonstrators, who
  have called for …", ``_agreeing_antecedent``); an outlet naming itself ("as The Huffington
  Post reported" in HuffPost) is the outlet (``names_outlet``), and the outlet's own voice is
  never a chain it relays (``relayed_chain``);
- impressions ("X seemed unperturbed", "X appears to be shrinking", "it seems that …",
  ``RAISING_CUES``) have no source; the subject belongs to the content;
- schedules and aims at an object are no attributions ("Pitman, 24, is due to appear in
  court", "Police are seeking a man": ``SCHEDULE_ADJECTIVES``, ``AIM_OBJECT_VERBS``); "hopes
  the stadium will open" stays a belief; an aim with an infinitive ("She hopes to win", "is
  seeking to reassure voters") is recorded as PolNeAR marks it (source, cue, content) but is
  no statement: its mode is ``AIM_MODE`` (``is_aim``); claims keep its subject as the
  participant of the aimed action, make no "statement" of it, and certainty grades it the
  subject's intention;
- forecasts are no attributions: "see" under a modal of what is to come tells what will
  happen to its subject ("those workers would see a 50 percent increase", ``FORECAST_VERBS``,
  ``FORECAST_MODALS``; train 0 of 6 such readings gold); "can see", "may see" stay;
- subjects spoken of are no sources (``_without_patient_source``): "Carson seems to
  recognize …", a bare "Asked …," participle, a passive's patient ("Clinton was booed",
  "was asked": the asker after "by" speaks), an anticipatory "it" ("It is hard to imagine
  …"), the subject of a light verb of receiving ("has faced criticism for …",
  ``RECEIVING_VERBS``); a trailing ", arguing …" after "X said Y …" speaks with X
  (``_reported_clause_speaker``); a noun cue speaks for the one it comes "from" ("criticism
  from Clinton") or for a copula's subject ("has been a supporter of NATO");
- the seventh pass: the writer's own "I think"/"we now know" is an attribution to the first
  person; a mid-sentence "according to" reads the clause it modifies; a cue verb hung as a
  participle on a root noun ("Donald Trump called Wednesday for …") and a subjectless cue
  after a sentence-opening phrase that swallowed its speaker (``OPENER_SPEAKER_DEPS``) find
  their speaker; a bare speech cue's sentence rest skips the addressee and time
  (``REST_SKIP_DEPS``: "…, Ash Carter told a Senate panel Wednesday."); a quotation right
  before a speech cue is its content rather than a "when" clause after it; a quotation
  ending its paragraph runs on through paragraphs that are one quotation alone
  (``FOLLOWING_QUOTES_MAX``);
- the eighth pass: "X reportedly did Y" is reported by no one named (``HEARSAY_ADVERBS``); a
  cue ending its paragraph with a colon introduces the next paragraph ("Hewitt writes:",
  ``COLON_PARAGRAPH_END``); a speaker interrupted by a clause the parser hung on the cue
  speaks (``_interrupted_speaker``); the writer's narration between the halves of a split
  quotation is outside that statement ('"…," Black said, referring to the RNC. "…"':
  ``_in_words``, ``_narration``); spans as PolNeAR marks them: no focus "even" before a
  speaker (``SOURCE_FOCUS_WORDS``), a bracket closed over an abbreviation's point ("(I-Vt.)"),
  no full stop after a content outside quotation marks (``_without_final_stop``); a
  sentence-opening poll frame relays its respondents' "said" ("In a CNN poll, 38 percent
  said …": ``POLL_RELAYED_VERBS``); a message put out with its words in a participle ("issued
  a statement saying X", or in a relative clause, "released a letter that says X":
  ``_with_message_participle``, ``MESSAGE_RELATIVE_VERBS``). A tally of the missed gold cues of
  PolNeAR train by lemma and construction (cue lemma, part of speech, first complement, kind
  of subject), each set against the same construction's uses with no gold attribution, found
  no other group of at least 10 cases that is gold 60% of the time and not declined on
  purpose ("hopes to" 24 of 36: an aim, ``AIM_VERBS``): the stance and speech verbs with
  clausal complements are read already; what is left unread is spread thin.
- the ninth pass: a reading whose object only announces what follows a colon ending its
  paragraph reads the next paragraph ("Trump issued the following statement:", "Cruz called
  them on it:": ``_with_colon_paragraph``); a one-word name the parser hung on a subjectless
  finite cue as a modifier ('"…," Conway notes.') or after a speech verb closing a quotation
  ('"…," said Skelly,') is its speaker (``_misparsed_name_speaker``), the cue ending before
  it. A tally of the false attributions of PolNeAR train (cue and content in no gold span,
  1,205 of 17,174) by lemma and construction found one group of 5 or more that is false more
  often than not ("respond to" with no subject, 5 of 8); too few to justify a removal.
- the tenth pass, on contents that span two gold ones (eval/polnear.py --tally-splits): a
  speech participle set off by a comma or dash after a reported clause ends that content, also
  past a closing quotation mark and wherever the parser hung it ('said that is a "distortion,"
  describing …': ``TRAILING_PARTICIPLE_CUES``, ``_cut_trailing_participles``), and speaks with
  the cue above it (``OBJECT_CLIMB_DEPS`` in ``_reported_clause_speaker``); a subjectless cue
  verb coordinated with the reported verb in the cue's tense and not the reported verb's is
  the speaker's second act ("said he makes $41,000 a year and questioned how …":
  ``_cut_conjoined_acts``). Measured and not kept: "saying" on a noun against the models
  (5 right, 13 wrong: "issued a statement saying" is read whole already), a time clause
  ("after …", "before …") cut from an object content (train +9 overlap, dev -3), a
  non-restrictive relative clause cut from an object (train +5, 4 of 6 changes wrong).
- talk that goes round: "speculation that …" is a noun cue when its clause is whole
  (``WHOLE_CLAUSE_NOUNS``: not "the speculation that Mr. Trump has generated"); a noun cue's
  that-clause the parser hung as a relative clause on "be" is read as the that-clause it is, by
  the rules and the cue model's features alike (``_misparsed_that_clause``); with no owner,
  speculation, rumours and reports are their own unnamed source (``HEARSAY_NOUNS``), not the
  writer. An "as X put it" clause opening its sentence says what follows it
  (``_after_opening_clause``); a speech participle set off after a clause says the quotation
  right after its addressee ("…, telling reporters, “…”": ``_participle_quote``). Measured and
  not kept: a quotation before "said of/about X" as the content instead of X (train -0.06
  content). Of the 3,379 gold attributions of PolNeAR train no candidate reading covers, most
  have a verb (1,727) or noun (666) cue no rule or model reads, no lemma more than 16 times.
- acts and feelings: a position taken by an act ("both candidates have opposed the deal",
  "Democrats haven't decided …") or a feeling ("the BBC has regularly angered prime
  ministers", "Lawmakers are still uneasy about …") stays the attribution PolNeAR marks, but
  ``is_report`` tells it from what a source says or believes (``ACT_CUE_VERBS``,
  ``FEELING_ADJECTIVES``): its subject is an actor, no source for grading how surely the
  content is said.
- what users see as statements: an impression with no one named ("Mr. Weiner's marriage
  seemed to install him …") stays the attribution PolNeAR marks but is no statement
  (``_impression`` in ``is_statement``); an act on an object ("Congress passed the act",
  "Obama appointed White", read by a frame or the cue model) is told by ``is_act``. PolNeAR
  train marks most such verbs as cues (out of fold: release 36 of 47, appoint 6 of 7, make 66
  of 99, seem 108 of 153), so the readings stay; no lemma or frame read 6+ times and marked
  under a third of the time removes dev errors when dropped.
- a participle set off before the verb it modifies is inside the reported clause, not the
  speaker's next act ("She said the company, citing losses, will cut jobs":
  ``PARTICIPLE_BEFORE_ITS_VERB``), even when the cue model reads it as a cue (PolNeAR train
  marks "citing" 27 times in 29). Measured and not kept: leaving in the content every
  participle that is not of speech and hangs below the cue ("marched through the city,
  chanting slogans"): PolNeAR train -3 contents, as the parser hangs the speaker's own
  "calling them …", "touting …", "implying …" on the reported verb too.
- an order told to an addressee says its infinitive ("he told Jeb Bush to quiet down",
  ``ORDER_VERBS``). A tally of the gold attributions of PolNeAR train no reading touches
  (3,605, and 1,147 more whose content another reading covers), by the form of cue and
  source, found every other form gold less than 60% of the time where it goes unread: noun +
  that-clause 15%, noun + infinitive 10%, "X's view/support/claim" 12%, "be" + stance
  adjective + complement 9-13%, "in" + statement 12%, "in" + poll(s) 20%, "as X put it"
  clauses 7%, "it was reported that" 7%, "it is clear that" 10% ("clear" 21%), passives 9%,
  verbs with an object 6%, a speech verb outside quotation marks and outside every other
  reading at most 57% ("say", 27 of 47).
- "Cook did not say when.": a question word closing the clause right after a speech verb is
  its content (``_bare_wh_complement``), and a speech verb after "but" never reports the first
  clause before it (``_sentence_rest``); a negated speech verb or a refusal after "but" ("said
  the vote would happen soon but would not say when", "… but declined to comment") is the
  speaker's, not the content's (``_refusal`` in ``_cut_conjoined_acts``). A tally of the 3,590
  gold contents of PolNeAR train missed with no cue read, by the gold cue's form, found no
  family of 10+ unread cases gold more than 60% of the time: verbs outside the cue lists
  1,495 ("be" 270, "have" 71, "make" 38, then under 25 each), noun cues 607, known verbs in a
  frame not read 958 (relative clauses, passives, participles, under 45% gold), phrases 131,
  headlines 127, stance adjectives 75 ("confident that" 2 of 7 gold where unread).

The learned cue model (issue 5): a logistic regression over one token's features
(``cue_features``: its lemma, tags, dependency label, head, children's labels, kind of subject,
quotation marks, whether a rule reads it and whether it lies in another rule content), trained
on PolNeAR train by eval/train_cues.py and shipped as weights only
(``data/cue_model.tsv``, read once by ``load_cue_model``). After the rules have read the
article (``_rule_readings``), it drops the readings it scores under ``CUE_MODEL_DROP`` (mostly
statements nested in another statement, which PolNeAR leaves unmarked) and reads as cues the
verbs, stance copulas and nouns ("her criticism of Sanders") no rule took that it scores at
least ``CUE_MODEL_ADD`` (``_Finder.model_cue``), never one the rules decline by frame ("told
them to leave").

The reading model (issue 5), in the same file: a second logistic regression that weighs each
whole reading once the spans are cut (``reading_features``: the rule that read it, the cue
model's score bucket, the cue word and its dependency, the content's length, first word, place
relative to the cue and whether it has a verb, the kind of source, how many other contents hold
the cue and how many cues the content holds). Readings it scores under ``READING_KEEP`` are
dropped: mostly statements nested in another, one-word or noun-phrase contents of weak cues,
and repeated readings of one content. It is trained on PolNeAR train readings taken with
out-of-fold cue scores, so that the cue thresholds before it can be lower than alone.
``extract_attributions(..., learned=False)`` gives the rules alone. Thresholds chosen on dev.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib import resources
from itertools import accumulate
from types import MappingProxyType

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from corroborator.errors import AnalysisError
from corroborator.model import Article, Attribution, Mention, Source, Span
from corroborator.names import HONORIFICS, LOOKALIKE_FOLD, ROLE_TITLES, fold

# --- cue verbs -------------------------------------------------------------------------------

# Tags of a speech participle that can introduce a quotation after a clause ("…, telling
# reporters, “…”"): the present participle.
SPEECH_PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBG"})
# ... past only its addressee ("telling Breitbart London: “…”"), at most this many words.
PARTICIPLE_ADDRESSEE_DEPS: frozenset[str] = frozenset({"dative", "dobj", "npadvmod"})
PARTICIPLE_QUOTE_GAP = 8
# Speech-act verbs: the speaker says something (any tense, any voice).
SPEECH_VERBS: frozenset[str] = frozenset(
    """say tell claim allege report confirm deny insist warn add announce accuse admit suggest
    state declare explain note argue assert maintain contend reply respond answer write tweet
    post testify acknowledge concede reveal disclose indicate stress emphasise emphasize
    predict promise pledge vow threaten urge recall repeat reiterate mention observe remark
    comment complain boast brag quip joke counter retort caution estimate conclude describe
    tell ask inform notify brief announce proclaim dispute reject refute dismiss continue""".split()
)
# Cognition and stance verbs: attributed beliefs and positions ("Democrats believe that …").
COGNITION_VERBS: frozenset[str] = frozenset(
    # "hop": the pipeline's lemma of "hopes".
    "think believe expect hope hop fear feel doubt suspect worry know understand agree".split()
)
# Stance verbs: a position taken towards something, content is the object or complement
# ("called for a ceasefire", "criticized the deal", "endorsed Clinton", "polls show …").
STANCE_VERBS: frozenset[str] = frozenset(
    """call criticize criticise praise endorse support back want urge show find describe
    refuse thank mock condemn blame welcome oppose defend slam attack reveal mention cite
    question challenge denounce discuss echo propose seek favor favour prefer
    recognize recognise remind bash hammer blast tout applaud hail laud talk speak refer
    point vote focus decline seem appear plan decide offer see view""".split()
)
# Cue verbs learnt from PolNeAR *train* (networkdynamics/PolNeAR, 840 articles): verb lemmas
# not listed above whose tokens are the (head of a) gold cue in at least 40% of their train
# occurrences, at least 8 times (tools: eval/polnear.py --errors on train; counts gold/seen):
# decry 14/14, lament 14/15, rail 14/16, credit 9/11, assail 9/11, hint 9/12, speculate 8/11,
# express 58/81, voice 12/17, order 21/30, portray 22/32, list 23/34, reference 12/18,
# chant 11/17, deem 14/22, title 10/16, quote 12/20, assure 22/37, plead 10/17, signal 11/19,
# label 8/14, outline 9/17, wonder 17/33, imply 13/26, highlight 25/51, detail 8/17,
# congratulate 8/17, attribute 8/17, shout 12/26, invoke 8/18, demand 15/35, name 36/85,
# recommend 11/26, convince 15/36, email 10/24, advocate 16/39, issue 29/71. ("accord" is the
# according-to rule's; "anger" and "rattle" were left out: effects, not statements.)
# Precision checked on dev, never on test.
TRAIN_CUE_VERBS: frozenset[str] = frozenset(
    """decry lament rail credit assail hint speculate express voice order portray list
    reference chant deem title quote assure plead signal label outline wonder imply
    highlight detail congratulate attribute shout invoke demand name recommend convince
    email advocate issue""".split()
) | frozenset(
    # Second tier, same source and check: rarer verbs, gold cue in at least half of at least
    # 5 train occurrences (chide 7/7, vouch 6/6, bemoan 6/6, forecast 5/5, allude 6/7,
    # lambast 5/6, balk 5/6, rebut 7/9, lash 6/8, interject 6/8, reaffirm 5/7, deride 5/7,
    # envision 7/10, recite 6/9, rebuke 6/9, liken 6/9, articulate 6/9, "retweete" (the
    # pipeline's lemma of "retweeted") 7/11, dub 5/8, recount 7/12, spar 5/9, characterize
    # 6/11, contemplate 5/9), and apologize 11/28, charge 24/62, remember 26/69.
    """chide vouch bemoan forecast allude lambast balk rebut lash interject reaffirm deride
    envision recite rebuke liken articulate retweete retweet dub recount spar characterize
    contemplate apologize charge remember""".split()
)
CUE_VERBS: frozenset[str] = SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | TRAIN_CUE_VERBS
# Speech verbs whose object is the addressee ("told reporters", "asked him"), never the content.
ADDRESSEE_VERBS: frozenset[str] = frozenset(
    "tell ask inform notify brief warn assure convince".split()
)
# Verbs whose direct object is the content ("criticized the deal", "noted the rule",
# "acknowledged their uphill battle", "expressed concern"); for the others the object is the
# addressee ("told reporters") and never the content.
OBJECT_CONTENT_VERBS: frozenset[str] = (
    (STANCE_VERBS | ((SPEECH_VERBS | TRAIN_CUE_VERBS) - ADDRESSEE_VERBS))
    - frozenset("want talk speak refer point vote focus decline seem appear find".split())
    # objects that are rarely statements ("maintained a lead", "countered the attack"):
    # under 35% cue precision on PolNeAR train
    - frozenset("add continue maintain counter".split())
) | frozenset("announce confirm accuse reject dismiss expect report".split())
# Impressions with no one named: "X seemed unperturbed", "X appears to be shrinking". PolNeAR
# marks no source and takes the subject into the content (train: "seem"/"appear" with a
# subject and a complement are gold cues most of the time).
RAISING_CUES: frozenset[str] = frozenset("seem appear".split())
RAISING_COMPLEMENTS: frozenset[str] = frozenset("xcomp acomp attr oprd".split())
# Subordinators that make an adverbial clause the content: "asked workers if they planned …",
# "is calling for the United States to take …" (the parser's advcl for a complement).
CONTENT_MARKS: frozenset[str] = frozenset("if whether for".split())
# Wh-words opening an embedded question that the parser hangs as an adverbial clause:
# "have not said when they would take up the bill".
WH_COMPLEMENTS: frozenset[str] = frozenset("when how why where what who whether".split())
# Verbs whose prepositional object is the content, with the prepositions that introduce it
# ("talked about the economy", "called for a ceasefire", "voted against the bill").
PREP_CONTENT_VERBS: dict[str, frozenset[str]] = {
    "talk": frozenset({"about", "of", "on"}),
    "speak": frozenset({"about", "of", "on", "out"}),
    "refer": frozenset({"to"}),
    "point": frozenset({"to", "at", "out"}),
    "vote": frozenset({"for", "against"}),
    "call": frozenset({"for", "on"}),
    "push": frozenset({"for"}),
    "focus": frozenset({"on"}),
    "comment": frozenset({"on"}),
    "complain": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}),
    "insist": frozenset({"on"}),
    "argue": frozenset({"for", "against"}),
    "respond": frozenset({"to"}),
    "hope": frozenset({"for"}),
    "worry": frozenset({"about"}),
    "agree": frozenset({"with", "on"}),
    "ask": frozenset({"about", "for"}),
    "say": frozenset({"about", "of"}),
    "rail": frozenset({"against", "at"}),
    "hint": frozenset({"at"}),
    "speculate": frozenset({"about", "on"}),
    "advocate": frozenset({"for"}),
    "plead": frozenset({"for"}),
    "allude": frozenset({"to"}),
    "lash": frozenset({"out", "at"}),
    "balk": frozenset({"at"}),
    "spar": frozenset({"over", "with", "about"}),
    "apologize": frozenset({"for"}),
    "vouch": frozenset({"for"}),
    # From PolNeAR train (verb + preposition, no clause or object; gold cue share):
    # boast of 6/7, boast about 5/6, brag about 4/6, criticize for 8/11, accuse of 10/21,
    # charge with 8/16, "hop" (lemma of "hopes") for 7/11, write about 6/10, report on 6/10,
    # point out 10/12.
    "boast": frozenset({"of", "about"}),
    "brag": frozenset({"about"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "hop": frozenset({"for"}),
    "write": frozenset({"about"}),
    "report": frozenset({"on"}),
}
# Labels before a colon that are not speakers ("READ MORE:", "Source:", "Poll:").
HEADLINE_LABELS: frozenset[str] = frozenset(
    """read more source update updated watch breaking exclusive video photos photo opinion
    analysis editorial note question answer q a name age city job pay why related see
    also live report editor's""".split()
)
# Entity types one of which a headline speaker must hold ("Trump: …", "NATO: …"); a
# capitalised section heading with none ("The Gap Goes On: …", "Stealth Over Health: …") is
# no speaker. Transcript labels in capitals ("WALLACE: …") are exempt.
HEADLINE_SOURCE_ENTITIES: frozenset[str] = frozenset("PERSON ORG NORP GPE".split())
# Headline attributions "Trump: Cruz has a long way to go": at most this many words before ":".
HEADLINE_SOURCE_MAX_WORDS = 5
# On the article's title line a speaker before ":" needs no entity tag (title case misleads
# the tagger: "Pence: Gennifer Flowers Won't Be at Debate", "Politifact: …"): a run of at
# most this many proper nouns is enough ...
TITLE_SPEAKER_MAX_WORDS = 3
# ... or one of these nouns, which speak in titles though they are labels elsewhere
# ("Poll: Clinton and Trump in dead heat", "Report: Walker to speak at convention").
TITLE_SPEAKER_NOUNS: frozenset[str] = frozenset(
    "poll polls report newspaper insiders historians survey study".split()
)
# Subordinators that make a clause the parser hung on a cue as its complement an adverbial
# one instead ('"…," Warren told Stumpf, after he admitted …'): never the content.
ADVERBIAL_MARKS: frozenset[str] = frozenset(
    "after before while since because although though until once unless".split()
)
# Words of a line that introduces a transcript ("Partial transcript as follows:"): with no
# speaker of its own it introduces the speakers' turns below, which are read one by one.
TRANSCRIPT_INTRO_WORDS: frozenset[str] = frozenset(
    "transcript transcripts excerpt excerpts".split()
)
# Words after a title speaker that say what or whom the statement is about; the speaker ends
# before them ("Obama on Climate Change: …", "Clinton to Planned Parenthood: …").
TITLE_ADDRESS_WORDS: frozenset[str] = frozenset("on to at".split())
# Title words before ":" that announce a story, no speaker ("Breaking: …", "Revealed: …",
# "Wow: …", "Delegate Update: …", "The Latest: …").
TITLE_TEASER_WORDS: frozenset[str] = frozenset(
    """breaking bombshell revealed wow look leaked latest exclusive update watch correction
    email clarification transcript alert video photos""".split()
)
# Words right before a quotation after a cue that make it a title, not the second half of
# the statement ('said on CNN's "State of the Union."', 'told the "Today" show').
TITLE_LEAD_WORDS: frozenset[str] = frozenset("'s ’s on in to the".split())
# A quotation split around its cue is one content when at most this many characters (and
# tokens after the cue, none a verb) stand between the halves.
CONTINUATION_MAX_GAP = 160
CONTINUATION_MAX_TAIL = 30
# Paragraphs that are one quotation alone, after a quotation ending its paragraph, that a
# content runs on through (``_Finder.following_quotes``).
FOLLOWING_QUOTES_MAX = 3
# Dependencies of a cue verb whose clause trails another content rather than being its
# object: "…, though she noted …" (advcl), "… and warned …" (conj), "…, citing …", "…, who
# cited …" (relcl), "…, the footage showed" (parataxis). Such a clause ends that content.
TRAILING_CLAUSE_DEPS: frozenset[str] = frozenset("advcl conj relcl parataxis".split())
# Subordinators of a trailing statement clause: "…, though she noted …", "… as he issued a
# statement …".
TRAILING_MARKS: frozenset[str] = frozenset("though although while as whereas".split())
# Speech verbs whose content is the rest of the sentence when the parser attached no
# complement ("Kerry said that 100,000 would be accepted" with "that" read as a pronoun), and
# the fewest words that can be such a content.
# Only a main, coordinated or parenthetical cue (PolNeAR train: say 35/39, tell 19/23 there;
# "add", "write" and embedded cues mostly are not statements then: "add fuel", "the guides I
# wrote").
CORE_SPEECH_VERBS: frozenset[str] = frozenset("say tell explain claim".split())
CORE_SPEECH_DEPS: frozenset[str] = frozenset("ROOT parataxis conj".split())
SENTENCE_REST_MIN_TOKENS = 3
# Words right after such a cue that say when or how it was said, never what: "said Tuesday",
# "told reporters Wednesday" (with the addressee of ``ADDRESSEE_VERBS``).
REST_SKIP_DEPS: frozenset[str] = frozenset("npadvmod advmod".split())
# Words left of a cue verb that PolNeAR counts in the cue: "had previously announced",
# "did not deny", "still says".
CUE_LEFT_DEPS: frozenset[str] = frozenset("aux auxpass neg advmod".split())
# Set phrases with a speech verb and no speaker: "Having said that, …", "It goes without
# saying that …", "Let's say you think …", "Needless to say, …".
SPEECH_IDIOMS = re.compile(
    r"\b(?:having said that|that said|goes without saying|needless to say|let['’]s say"
    r"|so to speak|suffice it to say|truth be told|to say the least|that is to say)\b",
    re.IGNORECASE,
)
# Words between a cue verb and the colon or quotation that carries its content: "told the
# crowd: “…”", "said on Monday: “…”", "told reporters at the White House, “…”".
CUE_TAIL_DEPS: frozenset[str] = frozenset(
    "dobj dative prep pobj npadvmod advmod det compound amod poss nummod".split()
)
# A cue whose paragraph ends in a colon right after it ("Hewitt writes:", "Fox News
# reports:") introduces the next paragraph, a block quotation with or without marks.
COLON_PARAGRAPH_END = re.compile(r"[ \t\xa0]*:[ \t\xa0]*\n\s*(?=\S)")
# One-word contents of a speech verb: "said no", "said so".
ONE_WORD_ANSWERS: frozenset[str] = frozenset("no yes so".split())
# Title lines ("Sanders Vows To Eliminate Tax Breaks"): at most this many words in the line
# and before the cue; the cue words are the speech and stance verbs (not cognition verbs:
# "Clinton Hopes …" is rarely a statement), matched by word form.
TITLE_MAX_WORDS = 20
TITLE_SOURCE_MAX_WORDS = 5
TITLE_CUE_WORDS: frozenset[str] = (SPEECH_VERBS | STANCE_VERBS | TRAIN_CUE_VERBS) - frozenset(
    "continue seem appear plan decide see view show find talk speak point".split()
)
# At most this many tokens between a governing verb and its complement cue ("has
# steadfastly refused to disclose": "refused" … "disclose" is 2).
CUE_GOVERNOR_GAP = 3
# Words right of a cue verb that PolNeAR counts in the cue: "said Tuesday", "said
# sarcastically" (and a prepositional document frame: "said in an interview").
CUE_RIGHT_DEPS: frozenset[str] = frozenset("advmod npadvmod".split())
# Transcript speaker labels in capitals ("WALLACE: Let's start …"): at most this many words.
TRANSCRIPT_SPEAKER_MAX_WORDS = 2
# A quotation signed by a dash and a capitalised name at the end of its paragraph or on the
# next line: '”― Pamela Padilla', '― Sonya Herridge'.
SIGNATURE = re.compile(r"(?:^|[”\"’]\s*)([―—])\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\.?\s*$")
# The same signature on a line of its own after a quotation, with a hyphen for the dash ("-
# Bernie Sanders." under a quoted paragraph, a fact-checker's layout; PolNeAR train: 11 such
# lines, 5 under a quotation, read, all 5 gold; dev none). Only on its own line under a
# quotation: a hyphen inside a line joins words, and a list item follows no quotation.
SIGNATURE_LINE = re.compile(r"^(-)[ \t]+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\.?\s*$")
# Verbs of an order told to an addressee, whose infinitive is what was said: "he told Jeb
# Bush to quiet down", "officials have told residents not to drink the water" (PolNeAR train:
# "tell" + object + "to" infinitive outside quotation marks is a gold cue 12 times in 20, 10
# of 16 among those no reading took; the content is the infinitive, the addressee outside it).
ORDER_VERBS: frozenset[str] = frozenset("tell".split())
# Verbs whose infinitive complement is the content ("Lukashenko claimed to have intervened").
XCOMP_CUE_VERBS: frozenset[str] = (
    frozenset(
        """claim deny admit allege vow promise pledge threaten insist appear seem expect decline
    refuse want hope plan seek decide offer propose urge ask""".split()
    )
    | frozenset(
        # From PolNeAR train: cue verbs whose infinitive/participle complement (no clause, no
        # object) is a gold cue at least 50% of the time: prefer 6/6, show 9/10, report 14/16,
        # call 48/64, say 36/51, "hop" (the pipeline's lemma of "hopes") 26/38, vote 10/18,
        # agree 17/35, suggest 5/7, support 9/17, chant 4/5.
        "prefer show report call say hop vote agree suggest support chant".split()
    )
    | ORDER_VERBS
)
# Verbs that are cues only with a clausal or quoted complement: "added salt" and "asked for
# help" are not attributions. (Every verb cue needs content anyway; this set additionally
# refuses an object-control infinitive as content; "told them to go" is an order,
# ``ORDER_VERBS``.)
NO_XCOMP_VERBS: frozenset[str] = frozenset("add warn".split())
# Light-verb cues: a verb outside the cue lists whose direct object is one of these nouns
# ("released a statement", "took aim at", "drew a contrast with", "made the case for").
# From PolNeAR *train*: object nouns under non-cue verbs that are part of a gold cue in at
# least 40% of at least 10 occurrences (criticism 30/44, mention 8/10, argument 16/27,
# statement 33/65, doubt 10/18, praise 5/8, contrast 6/11, endorsement 22/47, detail 8/14,
# comment 15/37, aim 5/12, shot 5/8 with "take", case 16/36 with "make", question 13/29
# with "raise", issue 6/11 with "take"). Values: the verbs the noun needs (empty = any).
LIGHT_VERB_OBJECTS: dict[str, frozenset[str]] = {
    "criticism": frozenset(),
    "mention": frozenset(),
    "argument": frozenset(),
    "statement": frozenset(),
    "doubt": frozenset(),
    "praise": frozenset(),
    "contrast": frozenset(),
    "endorsement": frozenset(),
    "comment": frozenset(),
    "aim": frozenset({"take"}),
    "shot": frozenset({"take"}),
    "case": frozenset({"make"}),
    "question": frozenset({"raise"}),
    "issue": frozenset({"take"}),
}
# Wording idioms: a verb with a fixed object that says how someone worded a statement: "as a
# Homeland Security memo put it", "As Mr. Rosenthal recently put it, ''…''", "Tom Ridge put it
# this way: ''…''". Verb lemma -> the object words that make it a cue. PolNeAR train+dev mark
# "put it" 17 times as a cue (content: the clause the "as" clause modifies, or the quotation
# after it); "put it on the table" (no "as", no quotation after) is no statement.
WORDING_IDIOMS: dict[str, frozenset[str]] = {"put": frozenset({"it"})}
# Characters allowed between a wording idiom and the quotation it introduces ("put it this
# way: ''…''").
WORDING_QUOTE_LIMIT = 40
# Clarity idioms: "make" + an adjective that says a view was made known: "Ham made it clear he
# had major misgivings", "made clear that they would like …", "has made plain …". PolNeAR
# train marks "made (it) clear" 23 times as one cue, the clause after the adjective its
# content; the parser often takes "it" for the adjective's subject and the clause for its
# adverbial, which no cue-verb rule reads.
CLARITY_VERBS: frozenset[str] = frozenset({"make"})
CLARITY_ADJECTIVES: frozenset[str] = frozenset("clear plain known".split())
# Dependencies of the adjective under "make", and of the clause under the adjective or verb.
CLARITY_ADJECTIVE_DEPS: frozenset[str] = frozenset("ccomp acomp oprd xcomp dobj".split())
CLARITY_CLAUSE_DEPS: frozenset[str] = frozenset("ccomp advcl csubj".split())
# Prepositions a wording idiom may take without turning literal: "put it to reporters", and
# "in"/"at"/"during" a document or occasion of speech (FRAME_DOCUMENTS or WORDING_OCCASIONS:
# "put it in a lengthy expose", "in his own words"); "put it on the table", "put it in the
# box" are no statements.
WORDING_ANY_PREPS: frozenset[str] = frozenset({"to"})
WORDING_OCCASION_PREPS: frozenset[str] = frozenset("in at during".split())
WORDING_OCCASIONS: frozenset[str] = frozenset(
    "word words term terms way expose exposé hearing rally debate conference briefing".split()
)
# Prepositions that introduce the content of a light-verb cue ("criticism of the deal",
# "took aim at Trump", "a contrast with Clinton").
LIGHT_CONTENT_PREPS: frozenset[str] = frozenset(
    "of about on at against for over with to that".split()
)
# Documents that speak in a sentence-initial frame: "In an NBC News poll released Monday,
# 50 percent chose Clinton", "In a statement, the group …" (when no cue verb follows, the
# frame itself is the cue and the document or its author the source).
FRAME_DOCUMENTS: frozenset[str] = frozenset(
    """poll survey statement interview letter speech essay op-ed column memo report study
    analysis tweet post address remarks book ad video filing complaint lawsuit""".split()
)
# Documents that speak in a sentence-opening "In …," frame with no cue verb after it. PolNeAR
# train: polls and surveys ("In an early-October CBS News poll, she led Mr. Sanders 56 percent
# to 32 percent") are marked 11 times of 12; interviews, speeches, addresses, videos and
# statements ("In an interview with NPR, Obama castigated Trump") never (0 of 16): there
# the clause's own verb is the cue, or nothing is.
FRAME_SPEAKING_DOCUMENTS: frozenset[str] = frozenset("poll survey".split())
# Verbs of the poll's respondents after a sentence-opening poll frame: "In a CNN/ORC Poll the
# same month, 38 percent of voters said Mr. Clinton should step down". PolNeAR marks one
# attribution there, the poll's ("In", content from "38 percent" on), as it does "According to
# CNN, Sanders said …": the frame is read and the respondents' statement is merged into it as
# a relayed one (``_with_relays_merged``). PolNeAR train: such frames with "say" after are the
# gold cue 8 times in 10.
POLL_RELAYED_VERBS: frozenset[str] = frozenset("say".split())
# Polls that speak through "in": "… held a lead in a CNN national poll" (PolNeAR train: "in" +
# one poll after its clause, no cue verb in the sentence, is a gold cue about 60% of the time;
# "ahead in the polls", a standing, 35%: left out).
POLL_NOUNS: frozenset[str] = frozenset("poll survey".split())
# Verbs whose object is the content only when a document is the subject: "A 2014 study
# found 31 incidents" (but "police found the car" is no statement).
FINDING_VERBS: frozenset[str] = frozenset("find".split())
# Cue verbs whose agentless passive is still an attribution (no source named): "was
# accused of", "has been criticized for", "was described as". From PolNeAR train: agentless
# passives of these lemmas are gold cues at least 40% of the time (mention 4/4, announce
# 7/10, declare 6/9, criticize 6/9, accuse 4/6, show 7/11, deem 3/5, challenge 3/5,
# charge 8/14, view 5/9, describe 3/6, name 5/11; blame, condemn and praise by analogy).
AGENTLESS_PASSIVE_CUES: frozenset[str] = frozenset(
    """mention announce declare criticize criticise accuse show deem challenge charge view
    describe name blame condemn praise""".split()
)
# Verbs whose passive subject is the one who answers ("Trump was asked a question about …"):
# PolNeAR takes the one asked as the source.
ASKED_VERBS: frozenset[str] = frozenset("ask question press".split())
# Impersonal passives with an infinitive: "X is said/believed/reported to have …".
PASSIVE_HEARSAY_VERBS: frozenset[str] = frozenset(
    "say believe report think allege rumour rumor understand claim suspect know expect".split()
)
# Hearsay adverbs: "Trump reportedly wants Tyson at the convention" is "it is reported that
# Trump wants …", an attribution with no one named; the clause the adverb modifies is the
# content. PolNeAR train: "reportedly" is a gold cue 19 times in 29 (dev 1/1); "allegedly"
# (2/12), "apparently" (5/35) and "seemingly" (6/21) are the writer's hedges, left to
# certainty.
HEARSAY_ADVERBS: frozenset[str] = frozenset({"reportedly"})

# Verb frames learnt from PolNeAR *train*: verbs whose other uses are rarely attributions but
# which, with this complement and this kind of subject, are the (head of a) gold cue in at
# least half of at least 6 train occurrences that no other rule reads (tools: eval/polnear.py
# --errors on train; counts gold/seen). Key: (lemma, frame), the frame being the first
# complement after the verb: "ccomp", "xcomp", "dobj", or "prep:<word>" for a prepositional
# phrase or particle. Value: the subjects it needs: "person" (a pronoun, a proper noun or a
# named entity), "other" (any other noun), "none" (no subject of its own: a passive, a
# participle, a conjunct); empty = any. Precision checked on dev, never on test.
FRAME_CUES: dict[tuple[str, str], frozenset[str]] = {
    # "released a statement/video/ad" 38/66
    ("release", "dobj"): frozenset({"person", "other"}),
    # "known as", "known for", "seen as", "described as", "regarded as" 27/49, 15/25, 21/41,
    # 7/9, 4/7 (the namings and judgements of others)
    ("know", "prep:as"): frozenset(),
    ("know", "prep:for"): frozenset(),
    ("see", "prep:as"): frozenset({"none"}),
    ("describe", "prep:as"): frozenset(),
    ("regard", "prep:as"): frozenset(),
    ("identify", "prep:as"): frozenset({"none", "other"}),
    ("view", "prep:as"): frozenset({"person"}),
    # "referred to", "went on (a tirade)", "pushed for", "asked about", "sided with" 17/34,
    # 15/28, 13/19, 11/15, 6/10
    ("refer", "prep:to"): frozenset(),
    ("go", "prep:on"): frozenset({"person"}),
    ("go", "prep:after"): frozenset({"person"}),
    ("go", "prep:out"): frozenset(),
    ("push", "prep:for"): frozenset({"person"}),
    ("ask", "prep:about"): frozenset(),
    ("side", "prep:with"): frozenset(),
    ("look", "prep:to"): frozenset({"person"}),
    ("seem", "prep:like"): frozenset(),
    ("believe", "prep:in"): frozenset(),
    ("double", "prep:down"): frozenset(),
    ("open", "prep:up"): frozenset(),
    ("stand", "prep:by"): frozenset(),
    ("resonate", "prep:with"): frozenset(),
    ("split", "prep:on"): frozenset(),
    ("disagree", "prep:with"): frozenset(),
    ("fire", "prep:at"): frozenset(),
    ("begin", "prep:by"): frozenset(),
    ("campaign", "prep:against"): frozenset(),
    ("weigh", "prep:in"): frozenset({"other"}),
    ("line", "prep:up"): frozenset({"other"}),
    ("assure", "prep:of"): frozenset(),
    ("think", "prep:of"): frozenset({"person"}),
    ("think", "prep:about"): frozenset({"none"}),
    # "would like to", "looks to", "aims to", "hopes to", "requested to", "loves to",
    # "pressed to", "encouraged X to", "expected to" 15/23, 13/21, 9/16, …
    ("like", "xcomp"): frozenset(),
    ("look", "xcomp"): frozenset(),
    ("aim", "xcomp"): frozenset(),
    ("encourage", "xcomp"): frozenset({"none", "person"}),
    ("expect", "xcomp"): frozenset({"none"}),
    ("know", "xcomp"): frozenset(),
    ("hop", "xcomp"): frozenset(),
    ("request", "xcomp"): frozenset(),
    ("love", "xcomp"): frozenset(),
    ("press", "xcomp"): frozenset(),
    # "learned that", "said <clause>" (missed by the complement rules), "demonstrated that",
    # "guess", "realize", "imagine", "question whether", "assume", "require that", "ruled
    # that", "notice", "forget", "clarify" 13/20, 13/21, 7/9, …
    ("learn", "ccomp"): frozenset(),
    ("say", "ccomp"): frozenset(),
    ("demonstrate", "ccomp"): frozenset(),
    ("guess", "ccomp"): frozenset(),
    ("realize", "ccomp"): frozenset(),
    ("imagine", "ccomp"): frozenset(),
    ("question", "ccomp"): frozenset(),
    ("consider", "ccomp"): frozenset({"other"}),
    ("assume", "ccomp"): frozenset({"other"}),
    ("require", "ccomp"): frozenset(),
    ("allow", "ccomp"): frozenset({"person"}),
    # Objects that are positions or messages: "shared", "laid out", "published", "compared",
    # "cast (doubt)", "filed (a lawsuit)", "nominated", "distanced himself", "blocked",
    # "displayed", "experienced", "sounded (the alarm)", "restricted", "identified",
    # "promoted", "positioned", "presented", "prohibited", "withdrew", "brushed off",
    # "repudiated", "ripped" … 12/19, 11/14, 11/20, 10/11, 9/17, 11/21, 8/14, 7/11, 6/10, …
    ("share", "dobj"): frozenset({"person"}),
    ("lay", "prep:out"): frozenset({"person"}),
    ("publish", "dobj"): frozenset(),
    ("compare", "dobj"): frozenset({"person"}),
    ("cast", "dobj"): frozenset({"person"}),
    ("file", "dobj"): frozenset({"person", "other"}),
    ("nominate", "dobj"): frozenset({"person", "other"}),
    ("ask", "dobj"): frozenset({"person"}),
    ("distance", "dobj"): frozenset(),
    ("point", "dobj"): frozenset(),
    ("want", "dobj"): frozenset({"other"}),
    ("block", "dobj"): frozenset({"person"}),
    ("restrict", "dobj"): frozenset({"none"}),
    ("display", "dobj"): frozenset(),
    ("experience", "dobj"): frozenset(),
    ("sound", "dobj"): frozenset(),
    ("identify", "dobj"): frozenset({"person"}),
    ("promote", "dobj"): frozenset({"other"}),
    ("position", "dobj"): frozenset(),
    ("present", "dobj"): frozenset({"person"}),
    ("prohibit", "dobj"): frozenset(),
    ("withdraw", "dobj"): frozenset(),
    ("brush", "dobj"): frozenset(),
    ("repudiate", "dobj"): frozenset(),
    ("rip", "dobj"): frozenset(),
    ("feel", "dobj"): frozenset({"person"}),
    ("fear", "dobj"): frozenset(),
    ("broadcast", "dobj"): frozenset(),
    ("talk", "dobj"): frozenset(),
    ("believe", "dobj"): frozenset({"other"}),
    ("frame", "dobj"): frozenset({"person"}),
    ("pitch", "dobj"): frozenset(),
    ("persuade", "dobj"): frozenset(),
    ("cheer", "dobj"): frozenset(),
    ("witness", "dobj"): frozenset(),
}
FRAME_CUE_LEMMAS: frozenset[str] = frozenset(lemma for lemma, _ in FRAME_CUES)
# Pronouns that make a subject a "person" for FRAME_CUES.
FRAME_PERSON_PRONOUNS: frozenset[str] = frozenset("he she i we they you".split())

# Complements of a passive-form stance the cue model adds ("were frustrated that …", "were
# worried about …", "are convinced that …") whose grammatical subject is the one who holds the
# stance, and so the source; other passives ("was treated as a crime") keep no source.
EXPERIENCER_FRAMES: frozenset[str] = frozenset(
    "ccomp prep:about prep:over prep:with prep:at prep:of".split()
)
# Subjects of those passives that name no holder ("it is expected that …").
EXPERIENCER_NOT_SUBJECTS: frozenset[str] = frozenset("it this that there which what".split())

# --- noun cues ------------------------------------------------------------------------------

# Nouns that carry a statement in a that-clause: "Zelensky's claims that …".
CUE_NOUNS: frozenset[str] = frozenset(
    """claim allegation assertion statement report remark comment announcement warning
    accusation denial admission suggestion insistence assessment assurance belief view
    suspicion fear hope promise pledge testimony rumour rumor speculation""".split()
)
# Nouns of talk that goes round with no one named ("following speculations that …", "amid
# rumours that …", "reports that …"): with no owner, the talk itself is the unnamed source
# (``_hearsay_noun_source``), not the writer; it has no span (PolNeAR marks none).
HEARSAY_NOUNS: frozenset[str] = frozenset("speculation rumour rumor report".split())
# Cue nouns also said of a thing made ("the speculation that Mr. Trump has generated"): their
# that-clause reports only when it is a whole clause, with an object, a complement or a copula
# ("speculation that she is in line for a job", "speculation that he might offer himself").
WHOLE_CLAUSE_NOUNS: frozenset[str] = frozenset({"speculation"})
# What makes a clause whole after its subject: an object, a complement or a predicate.
WHOLE_CLAUSE_DEPS: frozenset[str] = frozenset(
    "dobj ccomp xcomp attr acomp oprd dative nsubjpass".split()
)
# A noun cue's that-clause the parser took for a relative clause with "that" as the object of
# a form of "be" ("following speculations that Prigozhin wasn't exiled to Belarus"): "be"
# takes no object, so the clause, with a subject of its own, is what the noun reports.
COPULA_LEMMAS: frozenset[str] = frozenset({"be"})

# --- sources --------------------------------------------------------------------------------

# Head nouns of anonymous sources ("sources close to", "officials said", "reports say").
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    """source official insider aide person people report diplomat analyst observer expert
    witness resident intelligence member staffer adviser advisor spokesperson-unnamed
    rumour rumor document memo""".split()
)
# Head nouns that only ever name someone who informs ("secret service sources had located
# him", "insiders say"): as the subject of a content they are a further, nested link of the
# chain. Any other subject of a content ("12 people were injured", "my people were treated
# unfairly", "officials were arrested") is what was said, not who said it.
INFORMANT_HEADS: frozenset[str] = frozenset(
    "source insider informant whistleblower tipster".split()
)
# Plural or collective nouns of people who speak for an institution ("prosecutors said",
# "authorities said", "investigators said"): an institution on the record, not anonymous.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """police prosecutor prosecution authority investigator firefighter paramedic regulator
    coroner sheriff military army navy ministry""".split()
)
# Premodifiers that make a source anonymous even with a role ("a senior official").
ANONYMOUS_DETERMINERS: frozenset[str] = frozenset("a an some several many two three".split())
# Head nouns (or premodifiers) naming a news publication ("French publication Libération").
PUBLICATION_NOUNS: frozenset[str] = frozenset(
    """publication newspaper paper daily tabloid magazine outlet broadcaster channel network
    agency website site newsletter journal weekly station""".split()
)
# Institutions that speak as organisations ("the Kremlin said", "the ministry said", "the club
# said", "the hospital said"): a body's own statement is on the record, not an unnamed source.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """kremlin ministry government office department agency administration police army
    military court committee council commission parliament cabinet embassy company firm
    campaign party white house pentagon presidency secretariat service group union board
    club team league federation association university college school hospital bank airline
    corporation organisation organization institute foundation charity""".split()
)
# Role nouns a definite description can stand for ("the spokesman said" → last spokesman).
ROLE_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson president minister leader chief head secretary
    chancellor governor senator mayor ambassador director commander general official aide
    adviser advisor chairman chairwoman ceo premier king queen prince lawyer attorney
    boss""".split()
)
# Prepositions whose phrase stays in a source's noun phrase ("sources close to the
# Kremlin", "a 2014 study by Harvard", "experts on North Korea").
SOURCE_NP_PREPS: frozenset[str] = frozenset(
    "of at from for in with close familiar by on including".split()
)
# Focus adverbs before a speaker, no part of its name: "Even Latino Republicans have been
# unsparing" (PolNeAR train: the source without "even" 21 times in 24 spans we began with it).
SOURCE_FOCUS_WORDS: frozenset[str] = frozenset({"even"})
# Entity keys of organisations (analyze/entities.py): a "person" source whose name is one
# speaks as an organisation.
ORG_KEY_PREFIX = "org:"
PERSON_KEY_PREFIX = "person:"
# The kind of a pronoun speaker with no antecedent ("It said", "We said" outside any quotation):
# model.Source has no "unresolved" kind; "anonymous" is the honest one (not graded as named,
# not counted as an independent voice of its own). The name stays the pronoun as written.
UNRESOLVED_KIND = "anonymous"
# The name of the source of a cue with no speaker at all ("it was reported that …").
UNNAMED = "unnamed"
# Last words of a proper name that make it a company or institution, whatever the parser's
# entity label ("Dick Clark Productions said", "Acme Holdings said"; not "John Clark said").
ORG_NAME_ENDINGS: frozenset[str] = frozenset(
    """productions studios pictures entertainment media records inc corp corporation ltd llc
    plc co company group holdings bank university institute foundation association agency
    network airlines airways motors partners ventures labs laboratories systems technologies
    industries enterprises""".split()
)
# First words of a speaker named after its verb ('"…," said the white woman', '… said John
# Smith'), and the modifiers walked up to the speaker's head noun.
INVERTED_SPEAKER_POS: frozenset[str] = frozenset("PROPN NOUN DET ADJ PRON".split())
INVERTED_SPEAKER_MODIFIERS: frozenset[str] = frozenset("compound det amod nummod poss nmod".split())
PERSONAL_PRONOUNS: frozenset[str] = frozenset("he she him her i we they it".split())
# Pronouns of the writer or of the quoted speaker's side, never resolved to a third party.
FIRST_PERSON: frozenset[str] = frozenset("i we".split())

# --- learned cue model ----------------------------------------------------------------------

# A logistic regression over one token's features (``cue_features``) that scores how likely the
# token is the head of an attribution cue as PolNeAR marks it. Trained on PolNeAR 1.0.0 train
# (dev for choosing thresholds) by eval/train_cues.py; the file holds feature weights only.
CUE_MODEL_PATH = ("data", "cue_model.tsv")
# Parts of speech the model scores: verb cues, "is" judgements, noun cues ("criticism").
CUE_MODEL_POS: frozenset[str] = frozenset({"VERB", "AUX", "NOUN"})
# Child dependencies whose label (with the word for prepositions and particles) is joined to
# the lemma: the frame that makes "pushed for", "released a statement" or "said that" a cue.
CUE_FRAME_DEPS: frozenset[str] = frozenset(
    "ccomp xcomp dobj prep prt advcl acl relcl mark agent dative attr acomp oprd".split()
)
# Tried and not kept (2026-11-26, PolNeAR train -> dev): lemma joined to a clause child's
# mark ("say|ccomp:that"), to its finiteness ("agree|xcomp:nonfin"), to a copula's adjective
# ("be|acomp:confident"), to a dobj's lemma ("make|claim"), to a possessor's kind, to the
# subject's lemma and to the governor's lemma. Dev token AP 89.5 -> 89.6 (600 or 1500 steps;
# l2 1e-4: 88.8, 1e-5: 89.6), file 702 -> 848 KB, dev overlap F1 source 82.9 -> 82.7, content
# 83.3 -> 83.4 at the shipped thresholds, no better at any CUE_MODEL_ADD/READING_KEEP pair.
# Quotation marks looked for next to a candidate ('"…," he barked').
QUOTE_MARKS: frozenset[str] = frozenset("\"“”‘’'«»„")
# Tokens either side of a candidate searched for a quotation mark.
QUOTE_WINDOW = 3


# Thresholds on the model's probability, chosen on PolNeAR dev: a rule reading whose cue
# scores under CUE_MODEL_DROP is dropped; a word of CUE_MODEL_ADD_POS that no rule took and
# that scores at least CUE_MODEL_ADD is read as a cue (``_Finder.model_cue``; a copula with
# a stance adjective: "were critical of the deal").
# With the reading model after them, both are lower than alone (0.3 and 0.35 were best
# without it): PolNeAR dev overlap F1 all 81.3 -> 82.0.
CUE_MODEL_DROP = 0.2
CUE_MODEL_ADD = 0.25
# The reading model: a second logistic regression over a whole reading (``reading_features``:
# the rule that read it, its cue's score and word, the content's length, kind and place, the
# source's kind, how it nests in or holds other readings), trained on PolNeAR train with
# out-of-fold cue scores (eval/train_cues.py), in the same file (features ``a:…``, intercept
# ``<bias:reading>``). A reading it scores under READING_KEEP is dropped (chosen on dev).
READING_BIAS = "<bias:reading>"
READING_KEEP = 0.4
# First words of a content that tell its kind ("that …", "to …", a quotation, a question).
READING_FIRST_WORDS: frozenset[str] = (
    frozenset(
        """that to if whether how what why when who the a an he she it they i we this
    his her their""".split()
    )
    | QUOTE_MARKS
)
CUE_MODEL_ADD_POS: frozenset[str] = frozenset({"VERB", "AUX", "NOUN"})
# Prepositions whose object is the content of a noun cue the model adds ("criticism of
# Trump", "questions about the foundation", "support for the bill", "a push for free trade").
NOUN_CONTENT_PREPS: frozenset[str] = frozenset("of about on for against over to".split())
# The preposition naming where a noun cue with no possessor comes from ("criticism from
# Clinton"): PolNeAR train gives 52 gold sources right after "<cue> from".
NOUN_ORIGIN_PREPS: frozenset[str] = frozenset({"from"})
# The dependency of a noun cue that is the predicate of a copula ("X is a critic of Y").
PREDICATE_NOUN_DEPS: frozenset[str] = frozenset({"attr"})
# Verbs the rules decide alone by their frame and subject: the model adds no reading of them
# that the rules declined ("The river pushed for miles"). (Declined frames of the cue verbs
# are refused in ``_Finder.model_cue``: "warned them to leave", "told reporters nothing".)
RULED_LEMMAS: frozenset[str] = FRAME_CUE_LEMMAS


def _subject_kind(tok: Token | None) -> str:
    """The kind of a candidate's subject: a person pronoun, "it", a name, an entity type, a
    common noun, or none."""
    if tok is None:
        return "none"
    low = tok.lower_
    if low in FRAME_PERSON_PRONOUNS:
        return "pron"
    if low in ("it", "this", "that", "there"):
        return "it"
    if tok.ent_type_:
        return "ent:" + tok.ent_type_
    if tok.pos_ == "PROPN":
        return "propn"
    return "noun:" + tok.pos_


def _word(tok: Token) -> str:
    """A neighbour's word for a feature: lowercased, "<ws>" for a whitespace token."""
    return "<ws>" if tok.is_space else tok.lower_


def cue_features(tok: Token, quoted: bool, ruled: bool, nested: bool = False) -> list[str]:
    """The features of one candidate token for the cue model: its lemma, part of speech, tag
    and dependency; its head; its children's dependencies, alone and joined to the lemma (with
    the word of a preposition or particle); the kind and lemma of its subject; quotation marks
    inside which it stands or next to it; its neighbours' words. ``quoted``: the token lies
    inside a quotation; ``ruled``: a rule reads it as a cue head (``rule_cue_heads``), so the
    model learns which rule readings PolNeAR does not mark; ``nested``: it lies inside the
    content of another rule reading (PolNeAR marks few statements inside statements). Single
    words, tags and labels only."""
    lemma = tok.lemma_.lower()
    dep = tok.dep_
    head = tok.head
    doc = tok.doc
    feats = [
        "l=" + lemma,
        "p=" + tok.pos_,
        "t=" + tok.tag_,
        "d=" + dep,
        "ld=" + lemma + "|" + dep,
        "lt=" + lemma + "|" + tok.tag_,
        "hl=" + (head.lemma_.lower() if head.i != tok.i else "<root>"),
        "hp=" + dep + "|" + head.pos_,
        "dh=" + dep + "|" + head.lemma_.lower(),
    ]
    subject: Token | None = None
    # a that-clause the parser took for a relative one is seen as the clause it is
    repaired = _misparsed_that_clause(tok) if tok.pos_ == "NOUN" else None
    for c in tok.children:
        cd = c.dep_
        if repaired is not None and c.i == repaired.i:
            feats += ["c=acl", "lc=" + lemma + "|acl", "cm=acl:that"]
            continue
        if cd in ("nsubj", "nsubjpass", "csubj") and subject is None:
            subject = c
            feats.append("c=" + cd)
            continue
        if cd in ("prep", "prt", "mark"):
            cd = cd + ":" + c.lower_
        feats.append("c=" + cd)
        if c.dep_ in CUE_FRAME_DEPS:
            feats.append("lc=" + lemma + "|" + cd)
        if c.dep_ in ("ccomp", "advcl", "acl", "relcl"):
            for g in c.children:
                if g.dep_ == "mark":
                    feats.append("cm=" + c.dep_ + ":" + g.lower_)
        elif c.dep_ == "dobj":
            feats.append("o=" + c.lemma_.lower())
    kind = _subject_kind(subject)
    feats.append("sk=" + kind)
    feats.append("lsk=" + lemma + "|" + kind)
    feats.append("dsk=" + dep + "|" + kind)
    if subject is not None:
        feats.append("sl=" + subject.lemma_.lower())
    if quoted:
        feats.append("q")
    if ruled:
        feats.append("r")
        feats.append("rl=" + lemma)
        feats.append("rd=" + dep)
    if nested:
        feats.append("n")
        feats.append("nl=" + lemma)
        feats.append("nd=" + dep)
        if ruled:
            feats.append("nr")
    lo, hi = max(0, tok.i - QUOTE_WINDOW), min(len(doc), tok.i + QUOTE_WINDOW + 1)
    if any(doc[j].text in QUOTE_MARKS for j in range(lo, hi) if j != tok.i):
        feats.append("qn")
    feats.append("pw=" + (_word(doc[tok.i - 1]) if tok.i else "<s>"))
    feats.append("nw=" + (_word(doc[tok.i + 1]) if tok.i + 1 < len(doc) else "</s>"))
    if tok.is_sent_start:
        feats.append("s0")
    return feats


def quoted_mask(text: str, quotes: list[tuple[int, int]] | None = None) -> bytearray:
    """1 for every character strictly inside a quotation (not its marks), else 0."""
    mask = bytearray(len(text) + 1)
    for qs, qe in find_quotes(text) if quotes is None else quotes:
        mask[qs + 1 : qe - 1] = b"\x01" * max(0, qe - 1 - (qs + 1))
    return mask


def cue_candidates(doc: Doc) -> list[tuple[Token, list[str]]]:
    """Every token the cue model scores (``CUE_MODEL_POS``) with its features, as
    ``extract_attributions`` computes them (eval/train_cues.py trains on these)."""
    finder = _Finder(doc, doc.text)
    context = _RuleContext(finder, _rule_readings(finder))
    return [(t, context.features(t)) for t in doc if t.pos_ in CUE_MODEL_POS]


@dataclass(frozen=True)
class CueModel:
    """Feature weights and biases of the cue model and of the reading model: ``score`` is the
    logistic probability that a token heads a cue (``cue_features``), ``score_reading`` that
    a whole reading is an attribution PolNeAR marks (``reading_features``, named ``a:…``).
    ``reading_bias`` is None when the file holds no reading model."""

    weights: Mapping[str, float]
    bias: float
    reading_bias: float | None = None

    def score(self, features: list[str]) -> float:
        return self._logistic(self.bias, features)

    def score_reading(self, features: list[str]) -> float:
        return self._logistic(self.reading_bias or 0.0, features)

    def _logistic(self, bias: float, features: list[str]) -> float:
        w = self.weights
        z = bias + sum([w[f] for f in features if f in w])
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def parse_cue_model(text: str) -> CueModel:
    """A cue model from its TSV text: ``#`` header lines, then ``feature<TAB>weight`` lines;
    the feature ``<bias>`` is the intercept."""
    weights: dict[str, float] = {}
    bias = 0.0
    reading_bias: float | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        feature, sep, value = line.rpartition("\t")
        try:
            weight = float(value)
        except ValueError as exc:
            raise AnalysisError(f"cue model line {n}: not 'feature<TAB>weight'") from exc
        if not sep:
            raise AnalysisError(f"cue model line {n}: not 'feature<TAB>weight'")
        if feature == "<bias>":
            bias = weight
        elif feature == READING_BIAS:
            reading_bias = weight
        else:
            weights[feature] = weight
    return CueModel(MappingProxyType(weights), bias, reading_bias)


@functools.cache
def load_cue_model() -> CueModel | None:
    """The shipped cue model (read once, immutable), or None when the file is absent."""
    path = resources.files("corroborator.analyze").joinpath(*CUE_MODEL_PATH)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnalysisError("cue model unreadable", path=str(path)) from exc
    return parse_cue_model(text)


# --- quotations -----------------------------------------------------------------------------

# Opening mark → accepted closing marks. Straight quotes are both; “ may close with " (mixed
# keyboards, as in the WION example).
DOUBLE_OPEN: dict[str, str] = {
    "“": '”"“',
    '"': '"”“',
    "«": "»",
    "„": '“”"',
    "»": "«",
}
SINGLE_OPEN: dict[str, str] = {"‘": "’'", "'": "'’", "‹": "›"}

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CONTENT_DEPS = ("ccomp",)
CLAUSE_HEAD_DEPS = ("ccomp", "parataxis", "conj")


# --- quotations on the characters ----------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _is_open_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,") and not after.isspace()


def _is_close_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _scan(text: str, start: int, end: int, opens: dict[str, str], strict: bool) -> tuple:
    """Quotations inside [start, end): closed ones, and the start of one left open (or None)."""
    found: list[tuple[int, int]] = []
    i = start
    open_at: int | None = None
    closers = ""
    while i < end:
        ch = text[i]
        if open_at is None:
            if ch in opens and (not strict or _is_open_position(text, i)):
                if ch in "\"'" and not _is_open_position(text, i):
                    i += 1
                    continue
                open_at, closers = i, opens[ch]
        elif ch in closers and (not strict or _is_close_position(text, i)):
            if ch in "\"'“" and not _is_close_position(text, i):
                i += 1
                continue
            found.append((open_at, i + 1))
            open_at = None
        i += 1
    return found, open_at


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (marks included), multi-paragraph quotes merged."""
    paragraphs = _paragraphs(text)
    quotes: list[tuple[int, int]] = []
    carry: int | None = None  # start of a quote still open at the previous paragraph's end
    for p_start, p_end in paragraphs:
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        if carry is not None and not (lead < p_end and text[lead] in "“\"«„‘'"):
            carry = None  # the open quote did not continue: drop it
        found, open_at = _scan(text, p_start, p_end, DOUBLE_OPEN, strict=False)
        if carry is not None:
            if found and found[0][0] == lead:
                found[0] = (carry, found[0][1])
                carry = None
            elif open_at == lead:
                open_at = carry
        quotes.extend(found)
        carry = open_at
    # Single-quoted quotations only outside double ones ("'We will win,' he said").
    singles: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        found, _ = _scan(text, p_start, p_end, SINGLE_OPEN, strict=True)
        for s, e in found:
            if text.startswith("''", s) and text.startswith("'", e):
                e += 1  # doubled apostrophes as quotation marks: ''Of course,'' (NYT)
            if e - s > 3 and not any(qs <= s < qe for qs, qe in quotes):
                singles.append((s, e))
    return sorted(quotes + singles)


# --- speakers -------------------------------------------------------------------------------


def _title_key(word: str) -> str:
    return word.lower().rstrip(".")


def split_name_role(name: str, role: str | None) -> tuple[str, str | None]:
    """A person's bare name and role, with no words in both: honorifics dropped from the
    name, leading titles moved from the name to the end of the role ("Prince Andrew" →
    ("Andrew", "Prince")), a role repeated at the start of the name removed ("Lt. Col." +
    "Lt. Col. Alexander Vindman"), and a role whose last words open the name cut back
    ("Economist Monica de" + "Monica de Bolle" → "Economist"). A description with no name
    ("China's ambassador") is the name, with no role. The last word of a name always stays."""
    words = name.split()
    role_words = role.split() if role else []
    # the role written again at the start of the name
    if role_words and words[: len(role_words)] == role_words and len(words) > len(role_words):
        words = words[len(role_words) :]
    elif role_words and words == role_words:
        role_words = []
    else:  # the role's last words are the name's first ones
        for k in range(min(len(role_words), len(words)), 0, -1):
            if role_words[-k:] == words[:k]:
                role_words = role_words[:-k]
                break
    # a courtesy title is neither role nor name ("Mr." learnt as the role of "Nichols")
    role_words = [w for w in role_words if _title_key(w) not in HONORIFICS]
    # NAME_HAS_WORDS: marks the parser hung before a name ('”― Pamela Padilla', a signed
    # quotation's closing mark and dash) are neither role nor name; marks inside a role stay
    # ("lawyer at Bailey & Glasser")
    while role_words and not any(ch.isalnum() for ch in role_words[0]):
        role_words.pop(0)
    while role_words and not any(ch.isalnum() for ch in role_words[-1]):
        role_words.pop()
    while len(words) > 1 and not any(ch.isalnum() for ch in words[0]):
        words.pop(0)
    titles: list[str] = []
    while len(words) > 1 and _title_key(words[0]) in HONORIFICS | ROLE_TITLES:
        word = words.pop(0)
        if _title_key(word) not in HONORIFICS:
            titles.append(word)
    if titles:
        have = [_title_key(w) for w in role_words]
        if have[-len(titles) :] != [_title_key(w) for w in titles]:
            role_words += titles
    return " ".join(words) or name, " ".join(role_words) or None


@dataclass(frozen=True, slots=True)
class _Known:
    """A named person seen earlier in the article, for surnames and pronouns."""

    name: str
    role: str | None
    start: int


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase of a source as written: with its appositions, relative clauses and
    conjuncts ("Seth McKee, a political scientist at Texas Tech University,"), the comma that
    closes an inserted apposition kept, unbalanced brackets closed."""
    keep = [head]
    for child in head.children:
        if child.dep_ in ("advcl", "prep") and child.i > head.i and child.dep_ != "prep":
            continue
        if child.dep_ == "prep" and child.i > head.i and child.lower_ not in SOURCE_NP_PREPS:
            continue
        if child.dep_ == "relcl" and child.i > head.i:
            continue  # "Christie, who has campaigned for Trump, said": PolNeAR's source stops
        keep.extend(child.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    lo, hi = keep[0].i, keep[-1].i
    doc = head.doc
    tokens = list(doc[lo : hi + 1])
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].is_space):
        tokens.pop()
    while tokens and (
        tokens[0].is_punct
        or tokens[0].tag_ in ("WDT", "WP")
        or tokens[0].lower_ == "by"
        or (tokens[0].lower_ in SOURCE_FOCUS_WORDS and tokens[0].dep_ == "advmod")
    ):
        tokens.pop(0)
    if not tokens:
        return [head]
    # Close a bracket left open: "Martin O'Malley (D", "Sen. Bernie Sanders (I-Vt." (the
    # abbreviation's point a token of its own before the bracket).
    depth = sum(t.text == "(" for t in tokens) - sum(t.text == ")" for t in tokens)
    while depth > 0:
        nxt = tokens[-1].i + 1
        if nxt + 1 < len(doc) and doc[nxt].text == "." and doc[nxt + 1].text == ")":
            tokens.append(doc[nxt])
            nxt += 1
        if nxt >= len(doc) or doc[nxt].text != ")":
            break
        tokens.append(doc[nxt])
        depth -= 1
    # An inserted apposition or clause ends with its comma: "Graham, a former candidate,".
    inserted = any(t.dep_ in ("appos", "relcl") and t.head.i >= tokens[0].i for t in tokens)
    nxt = tokens[-1].i + 1
    if inserted and nxt < len(doc) and doc[nxt].text == "," and head.i < nxt:
        tokens.append(doc[nxt])
    return tokens


# Hyphens inside a double-barrelled name, which the tokenizer splits ("Strauss-Kahn").
NAME_HYPHENS: frozenset[str] = frozenset({"-", "\u2010", "\u2011"})


def _name_run(head: Token) -> list[Token]:
    """The proper-noun run ending at (or containing) the head: "Dmitry Peskov"."""
    capitalised = head.text[:1].isupper() and not head.is_sent_start and head.pos_ == "NOUN"
    if head.pos_ != "PROPN" and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        if not capitalised or head.lower_ in ROLE_NOUNS or head.lower_ in ORGANISATION_NOUNS:
            return []
    doc = head.doc
    lo = head.i
    while lo > 0:
        left = doc[lo - 1]
        if (
            left.text in NAME_HYPHENS
            and not left.whitespace_
            and lo >= 2
            and not doc[lo - 2].whitespace_
            and doc[lo - 2].pos_ == "PROPN"
        ):  # "Strauss - Kahn" written "Strauss-Kahn"
            lo -= 2
            continue
        # a proper-noun compound of the run's words, directly or through another compound
        # ("Dick" → "Clark" → "Productions")
        if left.pos_ != "PROPN" or left.dep_ != "compound" or not lo <= left.head.i <= head.i:
            break
        if left.lower_ in ROLE_NOUNS or left.lower_ in ORGANISATION_NOUNS:
            break
        lo -= 1
    return list(doc[lo : head.i + 1])


# PRONOUN_GENDER_AGREEMENT: a he/she speaker stands for no person the article shows to be of the
# other gender ("Mrs. Clinton has been frank … she needs to raise revenue": not Mr. Trump). News
# shows it by a courtesy title before the surname ("Mr. Trump", "Mrs. Clinton"); a surname
# titled both ways, or borne by two people of the article (Bill and Hillary Clinton), shows
# nothing. (The he/she a speaker says of someone is no sign: "Trump said she lied".) PolNeAR
# train: of the 843 he/she speakers resolved to a name the article titles or reports as "X said
# he/she", 60 were given the other gender, 37 with this rule.
PRONOUN_GENDERS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"
}  # fmt: skip
TITLE_GENDERS: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def title_gender(word: str) -> str | None:
    """The gender a courtesy title shows ("Mr." is "m", "Mrs" is "f"), or None for any other
    word (TITLE_GENDERS)."""
    return TITLE_GENDERS.get(fold(word).rstrip("."))


def gender_agrees(pronoun: str, known: str | None) -> bool:
    """Whether a pronoun may stand for someone of gender ``known``: an unknown gender agrees with
    any pronoun, and a pronoun of no gender (PRONOUN_GENDERS) with anyone."""
    return known is None or PRONOUN_GENDERS.get(pronoun, known) == known


def _surname_genders(doc: Doc) -> dict[str, str]:
    """PRONOUN_GENDER_AGREEMENT: surname (folded) → "m"/"f" where the article shows it by a
    courtesy title before it (titles of both genders show nothing)."""
    titled: dict[str, set[str]] = {}
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i == 0:
            continue
        gender = title_gender(doc[tok.i - 1].text)
        if gender is not None:
            # the surname is the last word of the name the title opens ("Mr. Donald Trump")
            last = tok
            while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
                last = doc[last.i + 1]
            titled.setdefault(fold(last.text), set()).add(gender)
    return {name: next(iter(g)) for name, g in titled.items() if len(g) == 1}


class _Speakers:
    """Builds Sources from noun phrases, remembering named people for later references."""

    def __init__(self, doc: Doc, mentions: list[Mention], text: str | None = None) -> None:
        self.doc = doc
        # doc.text is rebuilt from the tokens on every access (linear in the article): read once
        self.text = doc.text if text is None else text
        self.mentions = mentions
        # organisations named in the article, for "it said"
        self.org_spans = [m.span for m in mentions if m.entity.startswith(ORG_KEY_PREFIX)] + [
            Span(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"
        ]
        self.people: list[_Known] = []  # named people in order of first sight
        self.speakers: list[Source] = []  # sources of attributions so far, in text order
        self._learn_people()
        # a surname two people of the article share (Bill and Hillary Clinton) shows no gender
        bearers: dict[str, set[str]] = {}
        for known in self.people:
            words = fold(known.name).split()
            if len(words) > 1:
                bearers.setdefault(words[-1], set()).add(" ".join(words))
        self.genders = {
            name: gender
            for name, gender in _surname_genders(doc).items()
            if len(bearers.get(name, ())) < 2
        }

    def _agrees(self, pronoun: str, name: str) -> bool:
        """PRONOUN_GENDER_AGREEMENT: whether a named person may be what a he/she stands for:
        the article shows no gender for their surname, or the pronoun's."""
        words = fold(name).split()
        known = self.genders.get(words[-1]) if words else None
        return gender_agrees(pronoun, known)

    def _learn_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.root
            name, role = split_name_role(ent.text, self._role_of(head, ent.start))
            self.people.append(_Known(name, role, ent.start_char))

    def _role_of(self, head: Token, name_start: int) -> str | None:
        doc = self.doc
        # Premodifiers: "Kremlin spokesman Dmitry Peskov", "Nobel prize-winner Dmitry Muratov".
        lefts = [t for t in head.subtree if t.i < name_start]
        lefts = [
            t for t in lefts if t.dep_ not in ("det", "poss", "case", "punct") or t.text == "-"
        ]
        if lefts and lefts[-1].i == name_start - 1 and not any(t.pos_ == "VERB" for t in lefts):
            lo = lefts[0].i
            while lo < name_start and doc[lo].dep_ in ("det",):
                lo += 1
            role = doc[lo:name_start].text.strip(" ,")
            # a role has a noun ("Belarusian President"); adjectives alone ("An angry
            # Nichols") are description, not role
            if role and any(t.pos_ in ("NOUN", "PROPN") for t in doc[lo:name_start]):
                return role
        # Apposition: "Dmitry Peskov, the Kremlin spokesman".
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                toks = [t for t in child.subtree if t.dep_ != "det" or t.i != child.left_edge.i]
                toks = [t for t in toks if not t.is_punct]
                if toks:
                    return doc[toks[0].i : toks[-1].i + 1].text
        return None

    def _known_by_surname(self, text: str, before: int) -> _Known | None:
        # names compared as keys compare them, typesetting aside ("O’Neill" is "O'Neill")
        best = None
        written = fold(text)
        # the word before the surname, when it is a given name ("Bill" of "Bill Clinton")
        given = [w for w in written.split()[-2:-1] if w.strip(".") not in ROLE_TITLES | HONORIFICS]
        for known in self.people:
            if known.start >= before:
                break
            name = fold(known.name)
            if (
                name != written
                and name.split()[-1] == written.split()[-1]
                and all(w in name.split() for w in given)  # "Bill Clinton" is not Hillary
            ):
                best = known
            elif name == written and known.role and (best is None or not best.role):
                best = known
        return best

    def _entity_for(self, span: Span) -> str | None:
        for m in self.mentions:
            if m.span.start < span.end and span.start < m.span.end:
                return m.entity
        return None

    def _finish(self, src: Source) -> Source:
        """Attach the entity key of the mention under the source's *name* (not its role:
        "Kremlin spokesman Dmitry Peskov" is Peskov, not the Kremlin). Anonymous sources
        get none."""
        last = src.name.split()[-1].lower().rstrip(".,") if src.name.split() else ""
        if src.kind == "person" and not src.role and last in ORG_NAME_ENDINGS:
            src = Source(src.name, "organisation", src.span, src.entity, None)
        if src.kind in ("person", "organisation"):
            name, role = split_name_role(src.name, src.role)
            if src.kind == "organisation":  # a title is a person's, never an organisation's
                name, role = (name, role) if role != src.role else (src.name, src.role)
            src = Source(name, src.kind, src.span, src.entity, role)
        if src.span is None or src.entity is not None or src.kind == "anonymous":
            return src
        # look-alike apostrophes and hyphens aside: "O'Neill said" is "James O’Neill"
        written = self.text[src.span.start : src.span.end].translate(LOOKALIKE_FOLD)
        for needle in (src.name, src.name.split()[-1] if src.name.split() else ""):
            needle = needle.translate(LOOKALIKE_FOLD)
            at = written.rfind(needle) if needle else -1
            if at >= 0:
                start = src.span.start + at
                # the mention under the name's last character: the name's own entity, not a
                # possessor's ("Lohan's lawyer" is not Lohan)
                key = self._entity_for(Span(start + len(needle) - 1, start + len(needle)))
                if key is not None:
                    kind = src.kind
                    if kind == "person" and key.startswith(ORG_KEY_PREFIX) and not src.role:
                        kind = "organisation"  # "Dick Clark Productions said"
                    elif (
                        kind == "organisation"
                        and key.startswith(PERSON_KEY_PREFIX)
                        and last not in ORG_NAME_ENDINGS
                    ):
                        kind = "person"  # "Trump said", the parser's ORG for a person
                    return Source(src.name, kind, src.span, key, src.role)
                break
        return src

    def resolve(self, head: Token) -> Source:
        """The Source for the noun phrase headed by ``head`` (pronouns resolved)."""
        doc = self.doc
        tokens = _np_tokens(head)
        span = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else None
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSONAL_PRONOUNS:
            return self._finish(self._pronoun(head, span))
        lemmas = {t.lemma_.lower() for t in tokens}
        run = _name_run(head)
        appos_role = None
        if not run:
            # Appositive name after a role: "the spokesman, Dmitry Peskov".
            for child in head.children:
                if child.pos_ == "PROPN" and (
                    child.dep_ == "appos"
                    # a bare role and the name parsed as two conjuncts: "GOP presidential
                    # contender and former neurosurgeon Ben Carson" is one person ("the
                    # spokesman and Donald Trump", with its article, are two)
                    or (
                        child.dep_ == "conj"
                        and child.ent_type_ == "PERSON"
                        and head.tag_ == "NN"
                        and not any(t.dep_ == "det" for t in head.children)
                    )
                ):
                    run = _name_run(child)
                    if run and head.lower_ in ROLE_NOUNS | ROLE_TITLES:
                        # the role is the head's own phrase before it ("the Kremlin
                        # spokesman", "Her lawyer" → "Kremlin spokesman", "lawyer")
                        words = [
                            t
                            for t in head.subtree
                            if t.i <= head.i and t.dep_ not in ("det", "punct") and t.tag_ != "PRP$"
                        ]
                        appos_role = doc[words[0].i : head.i + 1].text if words else None
        if run:
            name = doc[run[0].i : run[-1].i + 1].text
            pre = [t for t in tokens if t.i < run[0].i and t.dep_ not in ("det", "poss", "case")]
            pre_lemmas = {t.lemma_.lower() for t in pre}
            role = self._role_of(run[-1], run[0].i) or appos_role
            ent = run[-1].ent_type_
            if pre_lemmas & PUBLICATION_NOUNS or (head.lemma_.lower() in PUBLICATION_NOUNS):
                return self._finish(Source(name, "publication", span, None, role))
            if lower in ORGANISATION_NOUNS or ent in ("ORG", "GPE", "NORP") and len(run) == 1:
                known = self._known_by_surname(name, head.idx)
                if known is None:
                    return self._finish(Source(name, "organisation", span, None, role))
            known = self._known_by_surname(name, head.idx)
            if known is not None:
                name = known.name if len(known.name) > len(name) else name
                role = role or known.role
            return self._finish(Source(name, "person", span, None, role))
        # Common-noun sources.
        text = doc[tokens[0].i : tokens[-1].i + 1].text if tokens else head.text
        if lemmas & PUBLICATION_NOUNS and head.lemma_.lower() in PUBLICATION_NOUNS:
            return self._finish(Source(text, "publication", span))
        if head.lemma_.lower() in INSTITUTION_NOUNS and not (
            tokens and tokens[0].lower_ in ANONYMOUS_DETERMINERS
        ):  # "prosecutors said", "the authorities said" (not "a prosecutor said")
            return self._finish(Source(text, "organisation", span))
        if head.lemma_.lower() in ANONYMOUS_HEADS:
            return self._finish(Source(text, "anonymous", span))
        if lower in ORGANISATION_NOUNS or head.ent_type_ in ("ORG", "GPE", "NORP"):
            return self._finish(Source(text, "organisation", span))
        if lower in ROLE_NOUNS:
            first = tokens[0].lower_ if tokens else ""
            if first in ("the", "this", "that") and not any(
                t.pos_ == "ADP" for t in tokens
            ):  # "the spokesman" → the last speaker with that role
                for prev in reversed(self.speakers):
                    if prev.kind == "person" and prev.role and lower in prev.role.lower():
                        return self._finish(Source(prev.name, "person", span, None, prev.role))
                for known in reversed(self.people):
                    if known.start < head.idx and known.role and lower in known.role.lower():
                        return self._finish(Source(known.name, "person", span, None, known.role))
            if first in ANONYMOUS_DETERMINERS:
                return self._finish(Source(text, "anonymous", span))
            return self._finish(Source(text, "person", span, None, text))
        return self._finish(
            Source(text, "person" if head.ent_type_ == "PERSON" else "anonymous", span)
        )

    def _last_organisation(self, before: int) -> Source | None:
        """The last organisation named before ``before`` (a mention keyed ``org:`` or an ORG
        entity of the parse)."""
        spans = [sp for sp in self.org_spans if sp.end <= before]
        if not spans:
            return None
        best = max(spans, key=lambda sp: (sp.start, -sp.end))
        name = self.text[best.start : best.end]
        return Source(name, "organisation", None, self._entity_for(best))

    def _pronoun(self, head: Token, span: Span | None) -> Source:
        """A pronoun speaker: its antecedent (the last compatible speaker, else the last named
        person or organisation), else an unresolved source, graded and counted as anonymous
        (``UNRESOLVED_KIND``), its name the pronoun as written. First-person pronouns are
        resolved later, by the quotation or statement they stand in."""
        lower = head.lower_
        if lower in FIRST_PERSON:
            return Source(head.text, UNRESOLVED_KIND, span)
        wanted = ("person",) if lower in ("he", "she", "him", "her") else None
        if lower == "it":
            wanted = ("organisation", "publication")
        for prev in reversed(self.speakers):
            if prev.span is not None and prev.span.start >= head.idx:
                continue
            if wanted is None or prev.kind in wanted:
                if prev.kind == "person" and not self._agrees(lower, prev.name):
                    continue
                return Source(prev.name, prev.kind, span, prev.entity, prev.role)
        if lower in ("he", "she"):
            for known in reversed(self.people):
                if known.start < head.idx and self._agrees(lower, known.name):
                    return Source(known.name, "person", span, None, known.role)
        if lower == "it":
            org = self._last_organisation(head.idx)
            if org is not None:
                return Source(org.name, org.kind, span, org.entity)
        return Source(head.text, UNRESOLVED_KIND, span)


# --- attribution finding --------------------------------------------------------------------


def _char_span(tokens: list[Token]) -> Span:
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _trim(doc: Doc, tokens: list[Token]) -> list[Token]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].is_space:
        tokens.pop()
    while tokens and (
        tokens[-1].is_punct
        and tokens[-1].text not in "”\"’'»"
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"  # "…out of the car and" (a conjunct cut off)
    ):
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in "“\"‘'«„":
        tokens.pop(0)
    while tokens and tokens[0].dep_ == "cc":
        tokens.pop(0)
    return tokens


def _stripped_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _without_trailing_cues(head: Token) -> list[Token]:
    """The clause under ``head`` without a trailing ", saying …"/", adding …" (a second cue)."""
    cut: set[int] = set()
    for child in head.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.lemma_.lower() in SPEECH_VERBS
            and child.i > head.i
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            cut.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in cut]


# Participles that, set off after a reported clause, are the speaker's next act and not part of
# what was said: "said that is a \"distortion,\" describing the team as accomplished", "insisted
# that he has \"expanded the party,\" claiming that …", "argue that there is precedent, citing
# a case …" (the parser hangs them anywhere in the clause). Speech verbs, and the verbs of
# pointing at evidence.
TRAILING_PARTICIPLE_CUES: frozenset[str] = SPEECH_VERBS | frozenset("cite refer point".split())
# Closing quotation marks that may stand between the set-off comma and such a participle
# ('…,” claiming …').
CLOSING_QUOTES: frozenset[str] = frozenset("\"”’'")


def _participle_setoff(tok: Token) -> int | None:
    """The index of the comma or dash setting ``tok`` off from the words before it, looking
    past a closing quotation mark ('…,” adding'), or None."""
    doc = tok.doc
    j = tok.left_edge.i - 1
    if j >= 0 and doc[j].text in CLOSING_QUOTES and j - 1 >= 0 and doc[j - 1].text == ",":
        return j - 1
    if j >= 0 and doc[j].text in PARTICIPLE_SETOFFS:
        return j
    return None


def _cut_trailing_participles(verb: Token, tokens: list[Token]) -> list[Token]:
    """A content after ``verb`` without a trailing participle of speech
    (``TRAILING_PARTICIPLE_CUES``) set off by a comma or dash and everything after it: the
    participle is the speaker's second act, with its own content."""
    for tok in sorted(tokens, key=lambda t: t.i):
        if (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.i > verb.i
            and tok.head.i < tok.i
            and tok.lemma_.lower() in TRAILING_PARTICIPLE_CUES
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            setoff = _participle_setoff(tok)
            if setoff is not None and setoff > min(t.i for t in tokens):
                return [t for t in tokens if t.i < setoff]
    return tokens


# Conjunctions before a second predicate of the speaker that the parser coordinated with the
# reported clause's verb ("said he makes $41,000 a year and questioned how …").
CONJOINED_ACT_CCS: frozenset[str] = frozenset("and but".split())
# Finite verb forms: past, present third person, present other.
FINITE_TAGS: frozenset[str] = frozenset("VBD VBZ VBP".split())


# Verbs of holding back what one was asked: "declined to say", "refused to answer".
REFUSAL_VERBS: frozenset[str] = frozenset("decline refuse".split())
# Speech verbs a speaker withholds under a negation ("would not say", "did not offer details").
WITHHELD_SPEECH_VERBS: frozenset[str] = SPEECH_VERBS | frozenset({"offer"})
# ... set against the statement by "but": after "and" the reported subject may be the one
# refusing ("Police say he posed a threat and refused to drop the gun").
WITHHELD_CCS: frozenset[str] = frozenset({"but"})


def _refusal(tok: Token) -> bool:
    """A predicate that withholds a statement: a negated speech verb ("would not say when")
    or a refusal with its infinitive ("declined to comment")."""
    lemma = tok.lemma_.lower()
    children = {c.dep_ for c in tok.children}
    return (lemma in WITHHELD_SPEECH_VERBS and "neg" in children) or (
        lemma in REFUSAL_VERBS and "xcomp" in children
    )


def _cut_conjoined_acts(verb: Token, tokens: list[Token]) -> list[Token]:
    """A content after ``verb`` without a subjectless cue verb coordinated with a finite verb
    of the content in another tense, in the cue's own form: "Lopez said he makes $41,000 a
    year and questioned how …" ("questioned" past as "said"; "makes" present cannot share
    it), "saying that the bill had … - and arguing that …" (a participle cannot be the
    conjunct of a finite verb). That predicate is the speaker's second act, not what was
    said; it is cut with its conjunction and the comma before it. A content verb of the
    cue's tense ("said she did not condone violence and hoped …") keeps its conjunct: it may
    be the reported subject's (PolNeAR train: 13 such cuts of 22 wrong). A conjunct that
    withholds a statement ("said the vote would happen soon but would not say when") is the
    speaker's too, whatever its tense or auxiliary, unless a quotation comes before it (the
    quoted speaker may be the one refusing)."""
    if verb.tag_ not in FINITE_TAGS | {"VBG"}:
        return tokens
    inside = {t.i for t in tokens}
    for tok in sorted(tokens, key=lambda t: t.i):
        head = tok.head
        if not (
            tok.dep_ == "conj"
            and tok.pos_ == "VERB"
            and head.i in inside
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        ):
            continue
        second_act = (
            tok.tag_ == verb.tag_
            and head.tag_ in FINITE_TAGS - {verb.tag_}
            and tok.lemma_.lower() in CUE_VERBS
            and not any(c.dep_ == "aux" for c in tok.children)
        )
        withheld = _refusal(tok) and not any(t.text in QUOTE_MARKS for t in tokens if t.i < tok.i)
        if not (second_act or withheld):
            continue
        cc = [c for c in head.children if c.dep_ == "cc" and c.i < tok.i and c.i > head.i]
        if not cc or cc[-1].lower_ not in (CONJOINED_ACT_CCS if second_act else WITHHELD_CCS):
            continue
        cut = cc[-1].i
        if cut - 1 >= 0 and tok.doc[cut - 1].text == ",":
            cut -= 1
        if cut > min(inside):
            return [t for t in tokens if t.i < cut]
    return tokens


def _subtree_minus(head: Token, minus: Token) -> list[Token]:
    cut = {t.i for t in minus.subtree}
    return [t for t in head.subtree if t.i not in cut]


def _contiguous(tokens: list[Token], anchor: Token) -> list[Token]:
    """The contiguous run of ``tokens`` (sorted) that contains or is next to ``anchor``."""
    if not tokens:
        return tokens
    runs: list[list[Token]] = [[tokens[0]]]
    for t in tokens[1:]:
        if t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        if run[0].i <= anchor.i <= run[-1].i:
            return run
    return max(runs, key=len)


def _frame(verb: Token) -> tuple[str, list[Token]]:
    """The verb's first complement after it, for FRAME_CUES, with its content tokens:
    "ccomp", "xcomp" or "dobj" (the complement's subtree), or "prep:<word>" for a
    prepositional phrase (its object) or a particle ("opened up about …": what follows)."""
    after = [c for c in verb.children if c.i > verb.i]
    prt = next((c for c in after if c.dep_ == "prt" and c.i == verb.i + 1), None)
    if prt is not None:
        # "laid out his plan", "doubled down on": the particle names the frame
        nxt = next((g for g in after if g.i > prt.i and g.dep_ in ("prep", "dobj")), None)
        if nxt is None:
            return "prep:" + prt.lower_, []
        if nxt.dep_ == "dobj":
            return "prep:" + prt.lower_, list(nxt.subtree)
        return "prep:" + prt.lower_, [t for t in nxt.subtree if t.i != nxt.i]
    for dep in ("ccomp", "xcomp", "dobj"):
        for c in after:
            if c.dep_ == dep:
                return dep, list(c.subtree)
    for c in after:
        if c.dep_ == "prep":
            return "prep:" + c.lower_, [t for t in c.subtree if t.i != c.i]
    return "none", []


# Right-hand dependents of a cue verb that PolNeAR keeps in an object content: "mocked Romney
# for not releasing his returns", "urged North Korea to resume talks", "described Clinton as
# a disgrace", "released it to The Washington Post" (the whole verb phrase after the cue).
PHRASE_REST_DEPS: frozenset[str] = frozenset("prep xcomp oprd dative advcl ccomp".split())


def _phrase_rest(verb: Token, tokens: list[Token]) -> list[Token]:
    """An object content extended over the verb's later dependents (``PHRASE_REST_DEPS``)
    that follow it without a break: each must start right after the content so far (a comma
    between stops it) and must not be a trailing cue of its own ("…, saying …")."""
    if not tokens:
        return tokens
    out = list(tokens)
    end = max(t.i for t in out)
    for child in verb.children:
        if child.i <= end:
            continue
        if child.dep_ not in PHRASE_REST_DEPS or child.left_edge.i != end + 1:
            break
        if child.dep_ == "advcl" and child.lemma_.lower() in CUE_VERBS:
            break
        out.extend(child.subtree)
        end = max(end, child.right_edge.i)
    return out


# Conjunctions that join a second reported clause the parser hung on the cue verb: "said
# it was too early to tell, and there was no evidence yet …".
JOINED_CLAUSE_CCS: frozenset[str] = frozenset("and but".split())


def _with_joined_clauses(verb: Token, tokens: list[Token]) -> list[Token]:
    """A complement extended over a clause the parser coordinated with the cue verb right
    after it (", and there was …"): a conjunct with a subject of its own and no cue verb,
    joined by "and"/"but" with at most a comma before it."""
    if not tokens:
        return tokens
    end = max(t.i for t in tokens)
    doc = verb.doc
    for child in verb.children:
        if child.i <= end or child.dep_ != "conj":
            continue
        between = [t for t in doc[end + 1 : child.left_edge.i]]
        joiners = [t for t in between if t.text == "," or t.dep_ == "cc"]
        if len(joiners) != len(between) or not any(t.lower_ in JOINED_CLAUSE_CCS for t in between):
            break
        if child.lemma_.lower() in CUE_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children
        ):
            break
        return tokens + between + list(child.subtree)
    return tokens


# Cue verbs whose complement the parser may swallow a second, subjectless predicate into
# ("said the plan was sound and warned …", "believe Erdogan has joined … and admit …"): that
# predicate's speaker is the cue's subject. Every cue verb, not only speech: a belief or a
# forecast is followed by a second predicate of its holder as often as a statement is
# (train, cue verbs outside SPEECH_VERBS: 6 sources of 6 were the first cue's subject).
# Speech verbs take any complement (as before); the others a marked one only.
CONJOINED_CUE_HEADS: frozenset[str] = CUE_VERBS - SPEECH_VERBS
# Words that mark a clause as a complement the second predicate cannot belong to: a
# subordinator or an auxiliary ("that …", "would rebound", "has joined"), which a bare
# second predicate ("and praised …") does not share. Without one, the two may be one
# speaker's pair ("(they want lower tax rates and suggest …)": "they" suggest).
COMPLEMENT_MARKS: frozenset[str] = frozenset({"mark", "aux", "auxpass"})


def _marked_complement(clause: Token) -> bool:
    """A complement clause opened by a subordinator or carrying an auxiliary
    (``COMPLEMENT_MARKS``): "that the economy would rebound", "Erdogan has joined …"."""
    return any(c.dep_ in COMPLEMENT_MARKS and c.i < clause.i for c in clause.children)


def _subject(verb: Token) -> Token | None:
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    hung = _speaker_hung_on_report(verb)
    if hung is not None:
        return hung
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # Two subjects are a misparse of a clause before a trailing cue ("… when a bus
        # overturned, police said": "bus" and "police" both hang on "said"): the speaker is
        # the one next to the verb, the last subject before it.
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    interrupted_host = _interrupted_host(verb)
    if interrupted_host is not None:
        return _subject(interrupted_host)
    # A second cue the parser joined to the first one's complement: "said the plan was sound
    # and warned that …" ("warned" hangs on "was"), "Gulf sources believe Erdogan has joined
    # an axis … and admit that …", "Mr. Putin forecast that the economy would rebound and
    # praised …": a subjectless predicate after "and" shares the subject of the cue whose
    # complement the parser hung it on (``CONJOINED_CUE_HEADS``).
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.i < verb.head.i
        and (
            verb.head.head.lemma_.lower() in SPEECH_VERBS
            or verb.head.head.lemma_.lower() in CONJOINED_CUE_HEADS
            and _marked_complement(verb.head)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        )
    ):
        return _subject(verb.head.head)
    # A participial cue the parser hung on the quotation it introduces, itself the first
    # cue's complement ('… Mr. Manafort said, adding of Mr. Trump, "He cares …"'): the
    # speaker is the first cue's.
    if _added_participle(verb):
        return _subject(verb.head.head)
    # Participial cue sharing its head's subject: "…, saying it was swayed".
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB"):
        purpose = verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)
        if verb.dep_ != "advcl" or verb.tag_ == "VBG" or purpose:
            # "…, saying …"; "went on a tour to talk about …" (a purpose infinitive)
            if verb.head.i == verb.i:
                return None
            controller = _object_controller(verb)
            if controller is not None:
                return controller
            quoted = _quoted_head_speaker(verb)
            if quoted is not None:
                return quoted
            patient = _passive_host_subject(verb)
            if patient is not None:
                return patient
            found = _subject(_reported_clause_speaker(verb))
            if found is None and verb.tag_ == "VBG":
                # "Nichols was recorded saying …", "was heard saying": the passive subject
                found = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            return found
    # A participle after the noun it describes: "a group backing Bush", "911 calls saying
    # shots were fired", "GOP voters saying they want …": the noun speaks (PolNeAR's source).
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.head.pos_ in PARTICIPLE_SPEAKER_POS
    ):
        return verb.head
    # A sentence the parser read as one noun phrase, its finite cue hung on the noun as a
    # past participle: "Donald Trump called Wednesday for Ginsburg to resign", "Beruff, a
    # Scott ally, called Florida's standards 'strong'": the noun is the subject. Never a
    # passive ("Suspect Named By Police", "is named in reports").
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ROOT_NOUN_VERB_TAGS
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)
    ):
        return verb.head
    # Gerund after a preposition: "began by saying …", "After saying …, she was …".
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ in ("prep", "mark"):
        host = verb.head.head
        if host.i != verb.head.i and host.pos_ in ("VERB", "AUX"):
            found = _subject(host)
            if found is not None:
                return found
        # "was sidelined after demonstrating …", "the most aggressive in denouncing …", "a
        # long history of blaming …": the subject of the clause the phrase stands in
        found = _clause_subject_above(verb.head)
        return None if found is None or found.lower_ in EXPERIENCER_NOT_SUBJECTS else found
    quantity = _quantity_subject(verb)
    if quantity is not None:
        return quantity
    interrupted = _interrupted_speaker(verb)
    if interrupted is not None:
        return interrupted
    swallowed = _swallowed_speaker(verb)
    if swallowed is not None:
        return swallowed
    opened = _opener_speaker(verb)
    if opened is not None:
        return opened
    return _stranded_speaker(verb)


def _interrupted_host(verb: Token) -> Token | None:
    """INTERRUPTED_HOST: the verb a subjectless joined verb shares its subject with when the
    parser hung it inside a set-off aside that ends right before its "and": 'Clinton
    suggested that … - "Again, …," she said - and charged that …', 'Trump jumped onto his
    Twitter account — as he so often does — and retweeted …', 'called immigrants "rapists"
    (although he allowed that …) and promised …'. The verb joins the clause the aside
    interrupts: climbing from the word before the aside through the words before it, up to
    a clause head of its own (not a complement or a noun's clause)."""
    if not INTERRUPTED_HOST or verb.dep_ != "conj":
        return None
    doc = verb.doc
    j = verb.i - 1
    while j > 0 and doc[j].head.i == verb.i and doc[j].dep_ in ("advmod", "neg"):
        j -= 1  # "- and repeatedly reminded"
    if j < 2 or doc[j].dep_ != "cc" or not _aside_mark(doc[j - 1]):
        return None
    close = doc[j - 1]
    opening = "(" if close.text == ")" else None
    start = verb.sent.start
    open_i = next(
        (
            j
            for j in range(close.i - 2, start, -1)
            if (doc[j].text == opening if opening else _aside_mark(doc[j]))
        ),
        None,
    )
    if open_i is None or not open_i < verb.head.i < close.i:
        return None
    node = doc[open_i - 1]
    while (
        node.head.i < open_i
        and node.head.i != node.i
        and (node.pos_ not in ("VERB", "AUX") or node.dep_ in INTERRUPTED_CLIMB_DEPS)
    ):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.i != verb.i else None


def _aside_mark(tok: Token) -> bool:
    """Whether ``tok`` closes (or opens) a set-off aside: a closing bracket, or a dash with
    space on both sides (not the hyphen of "single-payer")."""
    if tok.text == ")":
        return True
    if tok.text not in ASIDE_DASHES or tok.i == 0:
        return False
    return bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


# Switch for _interrupted_host (tests turn it off to show what it changes).
INTERRUPTED_HOST = True
# Dashes that set off an aside ("— as he so often does —").
ASIDE_DASHES: frozenset[str] = frozenset({"-", "--", "\u2014", "\u2013"})
# Dependencies of a clause that is no clause head of its own: _interrupted_host climbs
# through a complement ("suggested that the plan was unserious - …") or a noun's clause
# ("plans by the company that owns Nabisco to shift … - …") to the verb they hang on.
INTERRUPTED_CLIMB_DEPS: frozenset[str] = frozenset("ccomp xcomp relcl acl pcomp".split())


def _inverted_speaker(verb: Token) -> Token | None:
    """INVERTED_SPEAKER: the speaker named right after a speech verb set off by a comma after
    the words it reports: 'The rejection of the treaty signals "the end", said Geert Wilders,
    founder of …', 'Couple global exposure with a "candidate …" and Clevelanders get
    nervous, said Christine Link, executive director of …'. The parser hangs the reported
    words on the verb as one subject and the name after it as a second; the one right after
    the verb speaks. (A name the parser hung on the reported clause instead, 'Any
    interpretation …, said Michael Kofman, an expert …, would read …', stays: the content
    holds it.)"""
    if not INVERTED_SPEAKER or verb.tag_ not in INVERTED_SPEECH_TAGS:
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i == verb.sent.start:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    for child in verb.children:
        if (
            child.dep_ == "nsubj"
            and child.left_edge.i == verb.i + 1
            and child.pos_ in ("NOUN", "PROPN")
            and _set_off_after(child)
        ):
            return child
    return None


def _speaker_hung_on_report(verb: Token) -> Token | None:
    """HUNG_SPEAKER: the speaker named right after a speech verb set off inside the words it
    reports, which the parser hung on the reported clause after it as that clause's subject:
    'Any interpretation of Mr. Kerry's actions, said Michael Kofman, an expert …, would read
    this as …', 'Part of the problem, say experts like Paul Bauman, a geophysicist, is the
    ground itself'. The reported words before the verb are its subject, with no comma
    before the one that sets the verb off; the name starts right after the verb and a
    comma closes it before the rest of the clause."""
    if not HUNG_SPEAKER or verb.tag_ not in INVERTED_SPEECH_TAGS:
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i == verb.sent.start:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    reported = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if reported is None or any(t.text == "," for t in verb.doc[reported.left_edge.i : verb.i - 1]):
        # 'aides to Gov. Chris Christie, a former prosecutor, …, said their stump speeches,
        # …, would …': a subject with commas of its own is the speaker, set off by them
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        for child in clause.children:
            if (
                child.dep_ == "nsubj"
                and child.left_edge.i == verb.i + 1
                and child.pos_ in ("NOUN", "PROPN")
                and _set_off_after(child)
                and child.right_edge.i < clause.i
            ):
                return child
    return None


# Switch for _speaker_hung_on_report (tests turn it off to show what it changes).
HUNG_SPEAKER = True


def _set_off_after(phrase: Token) -> bool:
    """Whether the noun phrase headed by ``phrase`` ends the sentence or a comma sets it off
    ("said Kofman, an expert …, would", "said Wilders."), unlike the subject of a reported
    clause that runs on into its verb ("said the states were …")."""
    last = phrase.right_edge
    if last.text in INVERTED_SPEAKER_ENDS:
        return True
    return last.i + 1 >= last.sent.end or last.doc[last.i + 1].text in INVERTED_SPEAKER_ENDS


# Switch for _inverted_speaker (tests turn it off to show what it changes).
INVERTED_SPEAKER = True
# Tags of a finite speech verb that can stand before its speaker ("…, said Kofman").
INVERTED_SPEECH_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP"})
# Marks that close an inverted speaker's noun phrase ("…, said Kofman, an expert …,").
INVERTED_SPEAKER_ENDS: frozenset[str] = frozenset({",", ".", ";"})


def _passive_host_subject(verb: Token) -> Token | None:
    """PASSIVE_HOST_SUBJECT: a subjectless verb joined to a passive one shares its passive
    subject, not its agent: "FBI officials were angered by the deal and predicted it would
    …" (the officials predict, not the deal); "Silverman was joined on stage by Al Franken
    and joked, …"."""
    if not PASSIVE_HOST_SUBJECT or verb.dep_ != "conj":
        return None
    host = verb.head
    if any(c.dep_ in ("nsubj", "csubj") for c in host.children):
        return None
    return next((c for c in host.children if c.dep_ == "nsubjpass"), None)


# Switch for _passive_host_subject (tests turn it off to show what it changes).
PASSIVE_HOST_SUBJECT = True


def _named_after_quotation(subject: Token, verb: Token) -> Token | None:
    """QUOTED_SUBJECT_SPEAKER: '"… We will achieve justice," Tulsa police Chief Chuck Jordan
    said Monday': a subject the parser found inside the quotation closed before the cue ("We";
    '"We were tremendously wrong …," Ramos, 58, told AFP') is the quoted speaker's own word;
    the noun phrase between the closing mark and the cue speaks (its last noun). The
    words between are a name, a role or an age (no verb but a name the parser read as one,
    "Tulsa")."""
    doc = verb.doc
    marks = [t for t in doc[verb.sent.start : verb.i] if t.text in DOUBLE_QUOTES]
    opens = [t.i for t in marks if t.i < subject.i]
    closes = [t.i for t in marks if subject.i < t.i]
    if len(opens) % 2 == 0 or len(closes) != 1:
        return None  # the subject is not inside the one quotation closed before the cue
    if verb.i - closes[-1] > QUOTED_SUBJECT_MAX_GAP:
        return None
    between = [t for t in doc[closes[-1] + 1 : verb.i] if not t.is_punct]
    if any(t.pos_ not in SPEAKER_NAME_POS and not t.ent_type_ for t in between):
        return None
    nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None


def _interrupted_speaker(verb: Token) -> Token | None:
    """The speaker the parser took, with the words that interrupt it, for a clause of its own
    hung on the cue: 'Mr. Slinker, whose latest start-up, Paradata, uses big data …, said
    Mr. Trump was …' ("uses" a complement before "said", beside the one after it), 'He
    criticized Clinton's record, said she "isn't going to …"'. The cue has no subject and a
    complement on each side; the subject of the one before speaks. Not when that clause is a
    quotation ('"I'm more skilled …," said Robin Maynard, half joking')."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.lower_ in EXPERIENCER_NOT_SUBJECTS:
        return None
    if subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if any(t.text in QUOTE_MARKS for t in verb.doc[clause.left_edge.i : verb.i]):
        return None
    return subject


def _opener_speaker(verb: Token) -> Token | None:
    """The speaker the parser swallowed into a sentence-opening prepositional phrase, set off
    by its last comma: 'At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda
    Johnson also railed against …', 'In addition to Mr. Regalado, two members of Congress
    have said …'. The cue has no subject; the phrase runs up to the cue's own words; the
    words after its last comma are one noun phrase (head a noun or name)."""
    if verb.dep_ != "ROOT":
        return None
    finite = verb.tag_ in FINITE_VERB_TAGS or any(
        c.dep_ == "aux" and c.tag_ in FINITE_VERB_TAGS for c in verb.children
    )
    if not finite:
        return None
    doc = verb.doc
    sent = verb.sent
    opener = doc[sent.start]
    if opener.dep_ != "prep" or opener.head.i != verb.i:
        return None
    j = verb.i - 1
    while j > sent.start and doc[j].head.i == verb.i and doc[j].dep_ in CUE_LEFT_DEPS:
        j -= 1  # "… Brenda Johnson also railed", "… have said": the cue's own words
    if opener.right_edge.i != j:
        return None
    commas = [t.i for t in doc[sent.start : j] if t.text == ","]
    if not commas or commas[-1] + 1 > j:
        return None
    phrase = doc[commas[-1] + 1 : j + 1]
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end)]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if phrase[0].pos_ == "ADP" or heads[0].dep_ not in OPENER_SPEAKER_DEPS:
        return None
    return heads[0]


# QUOTED_SUBJECT_SPEAKER: at most this many tokens from a quotation's closing mark to its
# cue for the words between to be the speaker's name ('…," Tulsa police Chief Chuck Jordan said').
QUOTED_SUBJECT_MAX_GAP = 8
# Double quotation marks (opening or closing), the marks of a quotation in running text.
DOUBLE_QUOTES: frozenset[str] = frozenset({'"', "“", "”", "„", "«", "»", "''", "``"})
# The words of a speaker's name and role there ("Tulsa police Chief Chuck Jordan", "the
# city's mayor"); a word of another kind counts only inside a named entity ("Tulsa").
SPEAKER_NAME_POS: frozenset[str] = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})

# Marks that set a trailing participle off from the clause before it ("…, arguing that …").
PARTICIPLE_SETOFFS: frozenset[str] = frozenset({",", "\u2014", "--", ";"})


# Dependencies a set-off participle's speaker search climbs through from its head to the cue
# whose object content holds it: a noun's clause (acl), the object (dobj), a complement (ccomp).
OBJECT_CLIMB_DEPS: frozenset[str] = frozenset("acl dobj ccomp".split())


def _reported_clause_speaker(verb: Token) -> Token:
    """The verb whose subject a trailing participial cue shares: its head, or, when that
    head is the reported clause of a cue before it, that cue ("Perdue said he didn't believe
    X, arguing that Y": Perdue argues; "Analysts said factors have contributed, citing Z":
    the analysts cite). Only a participle set off by a comma or dash after its head climbs;
    one inside the clause ("the company, citing losses, will cut jobs") keeps its head."""
    head = verb.head
    doc = verb.doc
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.i < verb.i
        and verb.i > 0
        and (
            doc[verb.i - 1].text in PARTICIPLE_SETOFFS
            or verb.i > 1
            and doc[verb.i - 1].text in CLOSING_QUOTES
            and doc[verb.i - 2].text == ","
        )
    ):
        return head
    if _tag_after_quotation(head):
        return head
    start = head
    while (
        head.dep_ == "ccomp"
        and head.head.i < head.i
        and head.head.lemma_.lower() in CUE_VERBS
        and head.head.pos_ == "VERB"
    ):
        head = head.head
    if head is start:
        # a participle hung inside an object content: "rejected the idea that he would be a
        # drag, saying …" ("saying" on "be", the idea's clause): the cue above speaks
        node = head
        while node.dep_ in OBJECT_CLIMB_DEPS and node.head.i < node.i:
            node = node.head
            if node.lemma_.lower() in CUE_VERBS and node.pos_ == "VERB":
                return node
    return head


def _tag_after_quotation(verb: Token) -> bool:
    """TAG_AFTER_QUOTATION: whether ``verb`` is a speech verb whose subject comes right after
    a closing quotation mark ('Comey cannot say that "from his perspective," Lewandowski
    added, saying …', '… "would have no chance to win," the source recalled, adding …'): the
    tag of the quotation speaks for the participle after it, not the verb the parser hung
    the tag on."""
    if not TAG_AFTER_QUOTATION or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    if before.text == "," and before.i > 0:
        before = verb.doc[before.i - 1]  # '"…", Lewandowski added'
    return before.tag_ == "''"


# Switch for _tag_after_quotation (tests turn it off to show what it changes).
TAG_AFTER_QUOTATION = True


def _clause_subject_above(tok: Token) -> Token | None:
    """The subject (active or passive) of the nearest word above ``tok`` that has one."""
    node = tok
    while True:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.head.i == node.i:
            return None
        node = node.head


def _quoted_head_speaker(verb: Token) -> Token | None:
    """The speaker of a set-off participle the parser hung on a quotation after it: the
    subject of the speech verb between them ('Emphasizing the urgency, Trump said, "If we
    …"'), or, for a participle after a clause, that clause's subject ('Clinton seemed ready
    to riff on the incident, telling the crowd, "Some people get …"'), never the quotation's
    own subject ("we", "Some people")."""
    head = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i > verb.i):
        return None
    doc = verb.doc
    marks = [j for j in range(verb.right_edge.i + 1, head.i) if doc[j].text in QUOTE_MARKS]
    if not marks:
        return None
    for tok in doc[verb.right_edge.i + 1 : marks[0]]:
        if (
            tok.dep_ == "nsubj"
            and verb.i < tok.head.i < marks[0]
            and tok.head.lemma_.lower() in SPEECH_VERBS
        ):
            return tok
    if verb.i > 1 and doc[verb.i - 1].text in PARTICIPLE_SETOFFS:
        return _clause_subject_above(doc[verb.i - 2])
    return None


def _added_participle(verb: Token) -> bool:
    """Whether ``verb`` is a speech participle ("adding", "saying") the parser hung on the
    quoted complement after it of a speech verb before it: '… he said, adding of Mr. Trump,
    "He cares about the team."' ("adding" an advcl of "cares", "cares" the ccomp of "said",
    a quotation mark between "adding" and "cares")."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and head.i > verb.i
        and head.dep_ == "ccomp"
        and head.head.i < verb.i
        and head.head.lemma_.lower() in SPEECH_VERBS
        and any(verb.doc[j].text[:1] in QUOTE_MARKS for j in range(verb.i + 1, head.i))
    )


def _clarity_parts(verb: Token) -> tuple[Token, Token] | None:
    """(adjective, clause) of a clarity idiom ("made it clear he had …"), or None: a verb of
    ``CLARITY_VERBS`` with an adjective of ``CLARITY_ADJECTIVES`` after it, and a clause
    after the adjective (under the adjective or the verb)."""
    if verb.lemma_.lower() not in CLARITY_VERBS or verb.pos_ != "VERB":
        return None
    adj = next(
        (
            c
            for c in verb.children
            if c.dep_ in CLARITY_ADJECTIVE_DEPS and c.lower_ in CLARITY_ADJECTIVES and c.i > verb.i
        ),
        None,
    )
    if adj is None:
        return None
    for host in (adj, verb):
        for c in host.children:
            if c.dep_ in CLARITY_CLAUSE_DEPS and c.i > adj.i and c.pos_ in ("VERB", "AUX"):
                return adj, c
    return None


# Finite verb tags of a cue whose subject the parser may have swallowed into the phrase before.
FINITE_VERB_TAGS: frozenset[str] = frozenset("VBD VBZ VBP".split())
# Conjunctions before a name the parser joined to the object of the clause before, when it is
# the next clause's subject: "Republicans said they were convinced the department mishandled
# the investigation and Democrats accused the GOP of …".
SWALLOWED_SPEAKER_CCS: frozenset[str] = frozenset("and but".split())


def _swallowed_speaker(verb: Token) -> Token | None:
    """The name right before a subjectless finite cue that the parser swallowed into the
    phrase before it: a conjunct after "and"/"but" ('… and Democrats accused the GOP'), or
    the last object of a sentence-opening prepositional phrase with no comma after it ('In a
    March 2016 meeting with the editorial board of the Washington Post Trump said that …')."""
    if verb.tag_ not in FINITE_VERB_TAGS or verb.i < 2:
        return None
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.head.i > name.i:
        return None
    if name.dep_ == "conj":
        cc = doc[name.left_edge.i - 1]
        if cc.lower_ in SWALLOWED_SPEAKER_CCS and cc.head.i == name.head.i:
            return name
        return None
    if name.dep_ != "pobj":
        return None
    sent = verb.sent
    opener = doc[sent.start]
    if opener.dep_ != "prep" or opener.head.i != verb.i or name.i > opener.right_edge.i:
        return None
    if any(t.is_punct for t in doc[sent.start : verb.i]):
        return None  # "In a statement, …" with a comma: the phrase is no speaker
    return name


# How a speaker swallowed into a sentence-opening phrase hangs there: the object of its last
# preposition ("… in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed") or an
# apposition or conjunct of that object ("In addition to Mr. Regalado, two members …").
OPENER_SPEAKER_DEPS: frozenset[str] = frozenset("pobj appos conj".split())
# Verbs whose object, not their subject, does what their to-infinitive says ("The victory
# led Priebus to declare …", "will force Sanders to acknowledge …", "prompted NATO to
# order …"): PolNeAR marks the object as the infinitive cue's source.
OBJECT_CONTROL_VERBS: frozenset[str] = frozenset(
    """lead force prompt drive leave require compel push pressure press spur inspire
    encourage urge persuade convince cause get""".split()
)
# Parts of speech of an object that can speak.
CONTROLLER_POS: frozenset[str] = frozenset("NOUN PROPN PRON".split())


def _object_controller(verb: Token) -> Token | None:
    """The object of an ``OBJECT_CONTROL_VERBS`` verb that governs this to-infinitive cue
    (an xcomp after the object): the one who speaks. None for any other verb ("used the
    speech to attack …": the user speaks) or without such an object."""
    if (
        verb.dep_ != "xcomp"
        or verb.tag_ != "VB"
        or not any(c.lower_ == "to" for c in verb.children)
    ):
        return None
    head = verb.head
    if head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj" and head.i < c.i < verb.i and c.pos_ in CONTROLLER_POS
        ),
        None,
    )


# Dependencies the parser gives a poll's share when it misses it as the subject ("About 4 in
# 10 say …": "10" a nummod of "say"). Not advmod: the cue span takes a verb's left adverbs.
QUANTITY_SUBJECT_DEPS: frozenset[str] = frozenset("nummod npadvmod".split())
# Words that speak as a share of those polled when the parser hangs them on the cue.
QUANTITY_WORDS: frozenset[str] = frozenset("half most majority".split())


def _quantity_subject(verb: Token) -> Token | None:
    """A share of those polled that the parser hung on a subjectless cue as a modifier
    ("About 4 in 10 say …"): a number or ``QUANTITY_WORDS`` before the verb
    with a ``QUANTITY_SUBJECT_DEPS`` label and nothing but its own words between it and the
    cue. Never a date or a time entity."""
    for c in verb.children:
        if c.i >= verb.i or c.dep_ not in QUANTITY_SUBJECT_DEPS:
            continue
        if not (c.pos_ == "NUM" or c.lower_ in QUANTITY_WORDS) or c.ent_type_ in ("DATE", "TIME"):
            continue
        if any(t.i > c.i and t.i < verb.i and t.head.i != c.i for t in verb.doc[c.i + 1 : verb.i]):
            continue  # other words between the share and the cue: not its subject
        return c
    return None


# Tags of a finite cue verb the parser hung on a root noun as a participle ("Donald Trump
# called Wednesday for …"): PolNeAR train, 20 cue verbs so hung, 17 gold cues, 13 with the
# noun the gold source.
ROOT_NOUN_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBN"})
# Parts of speech of a noun a participle cue describes, which then speaks ("a group backing").
PARTICIPLE_SPEAKER_POS: frozenset[str] = frozenset("NOUN PROPN PRON NUM".split())

# Dependencies climbed from a cue with no subject of its own to the clause whose subject
# speaks: "stopped short of calling X …" (pcomp → prep → acomp → stopped), "After saying …,
# she was whisked off" (pcomp → prep → whisked). PolNeAR marks that subject as the source.
IMPLIED_SUBJECT_DEPS: frozenset[str] = frozenset(
    "xcomp pcomp prep pobj advcl acomp advmod conj".split()
)
IMPLIED_SUBJECT_MAX_STEPS = 4


def _implied_subject(verb: Token, content: Span) -> Token | None:
    """The subject (active or passive) of the nearest clause above a subjectless cue, climbing
    only through ``IMPLIED_SUBJECT_DEPS``; never a word inside the content or a relative
    pronoun."""
    tok = verb
    for _ in range(IMPLIED_SUBJECT_MAX_STEPS):
        if tok.dep_ not in IMPLIED_SUBJECT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i:
                if content.start <= c.idx < content.end or c.tag_ in ("WDT", "WP", "EX"):
                    return None
                return c
    return None


# RELATIVE_AGREEMENT: tags and verb forms that show a word's number.
PLURAL_TAGS: frozenset[str] = frozenset({"NNS", "NNPS", "VBP"})
SINGULAR_TAGS: frozenset[str] = frozenset({"NN", "NNP", "VBZ"})
PLURAL_VERB_FORMS: frozenset[str] = frozenset({"were", "are", "have"})
SINGULAR_VERB_FORMS: frozenset[str] = frozenset({"was", "is", "has"})
# Prepositions that join a noun to the people or things it measures or serves ("a lot of
# Americans", "a focal point for demonstrators"), not a place ("Republicans in the country").
PARTITIVE_PREPS: frozenset[str] = frozenset({"of", "for"})


def _relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative clause's subject stands for: "an architect who said he was
    stiffed" → architect; "the EU, which contended that …" → EU. None outside a relative
    clause ("there is said …", "what he said")."""
    if pronoun.head.i != verb.i and pronoun.head.dep_ == "relcl":
        verb = pronoun.head  # "…, who have taken to the streets and called for …"
    if verb.dep_ != "relcl" or pronoun.tag_ == "EX" or pronoun.lower_ == "what":
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if pronoun.lower_ == "which" and (head.ent_type_ == "PERSON" or head.lower_ in ROLE_NOUNS):
        return None  # "which" never stands for a person: the clause is about an event
    return _agreeing_antecedent(verb, pronoun, head) or head


def _number(tok: Token) -> str | None:
    """'singular' or 'plural' as a noun or a present/past-tense verb or auxiliary shows it."""
    if tok.tag_ in PLURAL_TAGS or tok.lower_ in PLURAL_VERB_FORMS:
        return "plural"
    if tok.tag_ in SINGULAR_TAGS or tok.lower_ in SINGULAR_VERB_FORMS:
        return "singular"
    return None


def _agreeing_antecedent(verb: Token, pronoun: Token, head: Token) -> Token | None:
    """RELATIVE_AGREEMENT: 'has become a focal point for demonstrators here, who have taken
    to the streets and called for …': the parser hung the relative clause on "point", but the
    verb agrees with the nearer noun "demonstrators", which "who" stands for ("a lot of
    Americans who aren't", "a handful of Democrats who point to"). The nearest noun before the
    pronoun that is the parsed antecedent's "of"/"for" object or conjunct, or the noun whose
    "of"/"for" object the parsed antecedent is ("a lawyer for the families, who has said"),
    when the clause's verb agrees in number with it and not with the parsed antecedent."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    wanted = _number(finite[0])
    if wanted is None or _number(head) in (None, wanted):
        return None
    nearer = [
        t
        for t in verb.doc[head.i + 1 : pronoun.i]
        if t.pos_ in ("NOUN", "PROPN")
        and (
            t.dep_ == "pobj"
            and t.head.lower_ in PARTITIVE_PREPS
            and t.head.head.i == head.i
            or t.dep_ == "conj"
            and t.head.i == head.i
        )
    ]
    if nearer and _number(nearer[-1]) == wanted:
        return nearer[-1]
    # the other way round: "a lawyer for the families, who has said …" (hung on "families")
    governor = (
        head.head.head if head.dep_ == "pobj" and head.head.lower_ in PARTITIVE_PREPS else None
    )
    if governor is not None and governor.pos_ == "NOUN" and _number(governor) == wanted:
        return governor
    return None


# Subordinators of a parenthetical cue clause: "as Mr. Bown observed, …".
PARENTHETICAL_MARKS: frozenset[str] = frozenset({"as"})
# Punctuation that sets a parenthetical cue clause apart: commas and dashes.
DASH_COMMA: frozenset[str] = frozenset({",", "\u2014", "--"})


# Marks that end a clause a bare question word can close ("did not say when.", "…why;").
CLAUSE_END_MARKS: frozenset[str] = frozenset(".?!;")


def _bare_wh_complement(tok: Token) -> bool:
    """A question word ending the clause right after its speech verb ("Cook did not say
    when.") stands for what was (not) said."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_ in WH_COMPLEMENTS
        and tok.i == tok.head.i + 1
        and tok.n_lefts + tok.n_rights == 0
        and (nxt is None or nxt.text in CLAUSE_END_MARKS)
    )


def _parenthetical(verb: Token) -> bool:
    """A cue clause set inside or beside its content: "X, he said, Y" (the parser's
    parataxis/ccomp of the content verb, commas on both sides) or "as X noted" (an advcl
    marked "as")."""
    head = verb.head
    if head.i == verb.i or (head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT"):
        return False  # a misparsed sentence may hang the cue on a noun root: still the clause
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in PARENTHETICAL_MARKS for c in verb.children)
    if verb.dep_ not in ("parataxis", "ccomp") or verb.i > head.i:
        return False
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if not doc[lo].is_punct:
        lo -= 1
    if not doc[hi].is_punct:
        hi += 1
    return 0 <= lo and hi < len(doc) and doc[lo].text in DASH_COMMA and doc[hi].text in DASH_COMMA


# Marks skipped at the start of a speaker clipped after a quotation ('," Gene Sperling').
SPAN_OPENERS: frozenset[str] = QUOTE_MARKS | frozenset(",;:\u2014-")
# Dependencies climbed from the last word of an inserted speaker phrase before a final cue
# ('"…," Gene Sperling, a top outside Clinton adviser, said') to the phrase's head.
STRANDED_PHRASE_DEPS: frozenset[str] = frozenset("appos pobj prep compound".split())
# Parts of speech of the head of such a phrase that can speak.
STRANDED_SPEAKER_POS: frozenset[str] = frozenset("PROPN NOUN".split())


def _stranded_speaker(verb: Token) -> Token | None:
    """'… killed 19 people, the city's governor Ahmet Kaya said': the parser hung the speaker
    on the content as an apposition; the name right before the final cue is the speaker.
    Also a speaker with an inserted apposition before the cue ('"…," Gene Sperling, a top
    outside Clinton adviser, said'; 'In a statement, her adviser, Jake Sullivan, said:'):
    the head of the phrase that closes with the comma before the cue."""
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    j = verb.i - 1
    while j > 0 and verb.doc[j].head.i == verb.i and verb.doc[j].dep_ in CUE_LEFT_DEPS:
        j -= 1  # "…, forcefully told", "…, has said": the cue's own words
    if verb.doc[j].text == "," and j >= 1:
        last = verb.doc[j - 1]
        return _enclosed_speaker(verb, last) or _opener_apposition_speaker(verb, last)
    if before.pos_ != "PROPN" or before.head.i == verb.i or before.head.i > verb.i:
        return None
    if _trailing_phrase_start(before) == verb.sent.start:
        return None  # no comma: not a trailing speaker phrase
    return before


def _enclosed_speaker(verb: Token, last: Token) -> Token | None:
    """The head of the appositive speaker phrase ending with ``last`` (the word before the
    comma before a subjectless final cue), climbing ``STRANDED_PHRASE_DEPS`` but never into
    an introductory phrase ("In a statement to the Observer, her adviser, …": the adviser,
    not the Observer). None unless the phrase has an apposition and opens its clause."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME"):
        return None  # '"…," said Kristen Day, a director, reports USA Today': inverted speaker
    sent_start = verb.sent.start
    tok = last
    appositive = False
    while tok.dep_ in STRANDED_PHRASE_DEPS and sent_start <= tok.head.i < verb.i:
        if tok.dep_ == "appos":
            if tok.head.dep_ in ("pobj", "dobj"):
                break  # the apposition's host is an object of an earlier phrase
            appositive = True
            if any(doc[j].text in QUOTE_MARKS for j in range(tok.head.i + 1, tok.i)):
                break  # the parser hung the speaker on the quotation's last word
        tok = tok.head
    if not appositive or tok.pos_ not in STRANDED_SPEAKER_POS or tok.head.i == verb.i:
        return None
    if doc[_trailing_phrase_start(tok) - 1].text != "," and tok.left_edge.i > sent_start:
        if not any(doc[j].text in QUOTE_MARKS for j in range(tok.left_edge.i - 2, tok.i)):
            return None  # the phrase does not open after a comma or a quotation
    return tok


# Dependencies (on the cue) of a sentence-opening phrase whose last noun the parser takes the
# speaker after it as an apposition of ("At Boca West, …, Jay DiPietro, the club's president,
# suggested …", "In a message to Clinton, Tanden, head of …, recounted …").
OPENER_PHRASE_DEPS: frozenset[str] = frozenset("prep advcl".split())
# Dependencies of that noun inside the opening phrase: the object of its preposition or verb.
OPENER_HOST_DEPS: frozenset[str] = frozenset("pobj dobj".split())
# Entity types of a place, and of a name beside it that belongs to it, not a speaker ("At a
# rally in Springfield, Illinois, …"; a name the parser calls a place beside a person stays).
PLACE_ENTITIES: frozenset[str] = frozenset("GPE LOC FAC".split())


def _opener_apposition_speaker(verb: Token, last: Token) -> Token | None:
    """The speaker the parser hung as an apposition on the last noun of a sentence-opening
    phrase, before a subjectless final cue: 'At Boca West, where it costs $70,000 to sign up,
    Jay DiPietro, the club's president, suggested that …' ("DiPietro" an apposition of
    "West"). ``last`` is the word before the comma before the cue; it must end the host's
    appositions; the first of them, set off by a comma, is the speaker when it is a name, not
    a place beside a place (``PLACE_ENTITIES``). ``_enclosed_speaker`` never climbs into such
    a host."""
    doc = verb.doc
    sent_start = verb.sent.start
    tok = last
    while not (tok.dep_ == "appos" and tok.head.dep_ in OPENER_HOST_DEPS):
        if tok.head.i == tok.i or not sent_start <= tok.head.i < verb.i:
            return None
        tok = tok.head
    host = tok.head
    top = host
    while top.head.i != verb.i:
        if top.head.i == top.i or not sent_start <= top.head.i < verb.i:
            return None
        top = top.head
    if top.dep_ not in OPENER_PHRASE_DEPS or top.left_edge.i != sent_start:
        return None
    names = [c for c in host.children if c.dep_ == "appos" and c.i > host.i]
    first = names[0]
    if first.left_edge.i <= sent_start or doc[first.left_edge.i - 1].text != ",":
        return None
    if first.pos_ != "PROPN":
        return None
    if first.ent_type_ in PLACE_ENTITIES and host.ent_type_ in PLACE_ENTITIES:
        return None  # "in Springfield, Illinois,": the place's own state
    if max(n.right_edge.i for n in names) != last.i:
        return None
    return first


# The parser's misreadings of a one-word name next to a finite cue with no subject: the name
# before it hung as a modifier of the verb ('"…," Conway notes.', '"…," Bozell answers.':
# a compound), the name after it hung as an adverb or object ('"…," said Skelly, explaining
# …', '"…," added Gowdy.'). A finite verb needs a subject, so the name is it.
MISPARSED_NAME_BEFORE_DEPS: frozenset[str] = frozenset("compound nmod npadvmod advmod".split())
MISPARSED_NAME_BEFORE_TAGS: frozenset[str] = frozenset("NNP NNPS".split())
MISPARSED_NAME_AFTER_DEPS: frozenset[str] = frozenset("advmod npadvmod dobj".split())
MISPARSED_NAME_AFTER_TAGS: frozenset[str] = frozenset("NNP NNPS RB".split())
NOT_NAME_ENTITIES: frozenset[str] = frozenset("DATE TIME CARDINAL ORDINAL".split())


def _misparsed_name_speaker(verb: Token) -> Token | None:
    """The name a finite cue with no subject has next to it (``MISPARSED_NAME_*``): before
    it for any cue, after it only for a speech verb that closes a quotation ('"…," said
    Skelly,'), the inverted order; never a date ('said Wednesday') or a word of a title-case
    headline ("Trump Just Announced …" is no speaker "Just"). PolNeAR train: 6 sources found,
    all gold; dev: none fires."""
    if verb.tag_ not in FINITE_VERB_TAGS or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    sent = verb.sent
    if verb.i > sent.start:
        before = doc[verb.i - 1]
        if (
            before.head.i == verb.i
            and before.dep_ in MISPARSED_NAME_BEFORE_DEPS
            and before.tag_ in MISPARSED_NAME_BEFORE_TAGS
            and before.ent_type_ not in NOT_NAME_ENTITIES
            and before.text[:1].isupper()
            and before.i > sent.start
        ):
            return before
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i + 2 >= sent.end:
        return None
    after, closing = doc[verb.i + 1], doc[verb.i + 2]
    opens_after_quote = any(
        doc[j].text in QUOTE_MARKS for j in range(max(sent.start, verb.i - 2), verb.i)
    )
    if (
        opens_after_quote
        and after.head.i == verb.i
        and after.dep_ in MISPARSED_NAME_AFTER_DEPS
        and after.tag_ in MISPARSED_NAME_AFTER_TAGS
        and after.ent_type_ not in NOT_NAME_ENTITIES
        and after.text[:1].isupper()
        and closing.is_punct
    ):
        return after
    return None


def _with_misparsed_name(a: Attribution, f: _Found, speakers: _Speakers, text: str) -> Attribution:
    """The reading with no speaker whose cue has a misparsed name next to it
    (``_misparsed_name_speaker``) as its speaker; a cue that took in an inverted speaker
    ("said Skelly") ends before it. Never for a reading whose subject a rule cleared (an
    impression, a passive's patient: the cue then has a subject of its own)."""
    if f.subject is not None or a.source.span is not None:
        return a
    head = _cue_head(f.cue)
    if (
        head is None
        or head.lemma_.lower() in RAISING_CUES
        or any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "expl") for c in head.children)
    ):
        return a
    name = _misparsed_name_speaker(head)
    if name is None:
        return a
    source = speakers.resolve(name)
    sp = source.span
    cue = a.cue
    if sp is not None and cue.start < sp.start < cue.end <= sp.end:
        cue = _stripped_span(text, cue.start, sp.start) or cue
    return Attribution(cue, a.content, source, a.mode, (source,))


# Tags of a third-person verb the tagger took for a plural noun ("Trump predicts that …").
MISTAGGED_VERB_TAGS: frozenset[str] = frozenset({"NNS"})
# Words that may come before the name opening such a sentence ("But Trump claims that …").
MISTAGGED_OPENERS: frozenset[str] = frozenset("but and yet so now still".split())


def _mistagged_verb_subject(noun: Token) -> Token | None:
    """The speaker of a cue verb the tagger read as a plural noun right after the name that
    opens its sentence: "Trump predicts that …" ("Trump" a compound of "predicts"), "Trump
    charges that …" ("charges" the object of the root "Trump"). None unless the name is
    capitalised, touches the cue and opens the sentence (after ``MISTAGGED_OPENERS``)."""
    if noun.tag_ not in MISTAGGED_VERB_TAGS or noun.i == 0:
        return None
    doc = noun.doc
    name = doc[noun.i - 1]
    if not name.is_title or name.pos_ not in ("PROPN", "NOUN"):
        return None
    compound = name.dep_ == "compound" and name.head.i == noun.i
    object_of_name = noun.dep_ == "dobj" and noun.head.i == name.i and name.dep_ == "ROOT"
    if not (compound or object_of_name):
        return None
    first = name.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == name.i:
        first -= 1
    sent_start = noun.sent.start
    opener = first - 1
    if first != sent_start and not (
        opener == sent_start and doc[opener].lower_ in MISTAGGED_OPENERS
    ):
        return None
    return name


def _trailing_phrase_start(token: Token) -> int:
    """Index of the first token after the comma (or dash) that opens the phrase ending here."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].text not in (",", "\u2014", "-"):
        start -= 1
    return start


# Dependencies of a verb after a cue that make it a clause of its own ("… he said, and left")
# rather than part of the speaker's description ("said Kevin Barrett, a lawyer who represents
# …", "he said, referring to …"): a quotation after such a clause is not the same content.
TAIL_CLAUSE_DEPS: frozenset[str] = frozenset("ROOT conj parataxis ccomp".split())


def _tail_clause(tok: Token) -> bool:
    """Whether a word between a cue and a following quotation opens a clause of its own."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in TAIL_CLAUSE_DEPS


# Switch for the paragraph bound of _Finder._quote_before (tests turn it off): a quotation
# closing the paragraph before is not the words of a cue that opens the next one ('Carson
# called that report a "boldfaced lie."' / '(Politico responded late Friday with …)').
QUOTE_BEFORE_IN_PARAGRAPH = True


@dataclass(slots=True)
class _Found:
    cue: list[Token]
    content: Span
    subject: Token | None  # head of the source noun phrase, None for impersonal cues
    impersonal: str | None = None  # text of an impersonal cue ("it was reported")
    # The word written as the source when it is not the subject's noun phrase: the relative
    # pronoun of "an architect who said …" (the source is the architect, the span "who").
    written: Token | None = None
    rule: str = ""  # the rule that read it (a reading-model feature)
    score: float = -1.0  # the cue model's score of its cue head (-1: not scored)


class _Finder:
    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.quotes = find_quotes(text)
        self._quote_starts = [qs for qs, _ in self.quotes]  # sorted: find_quotes' order
        self._quote_ends = frozenset(qe for _, qe in self.quotes)
        # 1 for every character strictly inside a quotation (not its marks): one lookup per
        # token instead of a scan of every quotation
        self._quoted = quoted_mask(text, self.quotes)

    def in_idiom(self, verb: Token) -> bool:
        sent = verb.sent
        for m in SPEECH_IDIOMS.finditer(sent.text):
            if m.start() <= verb.idx - sent.start_char < m.end():
                return True
        return False

    def quote_at(self, start: int, end: int) -> tuple[int, int] | None:
        for qs, qe in self.quotes:
            if qs < end and start < qe:
                return qs, qe
        return None

    def quote_after(self, pos: int, limit: int = 400) -> tuple[int, int] | None:
        for qs, qe in self.quotes:
            if pos <= qs <= pos + limit and not self.text[pos:qs].strip(" \n:,—-"):
                return qs, qe
        return None

    def inside_quote(self, tok: Token) -> bool:
        return 0 <= tok.idx < len(self._quoted) and self._quoted[tok.idx] == 1

    def continuation(self, content: Span, verb: Token) -> Span:
        """Extend a quotation to its second half after the cue: '"…," Bond said. "…"'; a
        quotation after its cue that ends its paragraph to the paragraphs after it that are
        each one quotation and nothing else (``following_quotes``)."""
        if verb.idx < content.end:
            return self.following_quotes(content)
        if not any(qe == content.end for _, qe in self.quotes):
            return content
        nxt = next(((qs, qe) for qs, qe in self.quotes if qs >= verb.idx), None)
        if nxt is None:
            return content
        gap = self.text[content.end : nxt[0]]
        if len(gap) > CONTINUATION_MAX_GAP:
            return content
        if "\n" in gap:
            # The next paragraph is one more quotation of the same speaker, with no cue of its
            # own: '"…," he said.' / '"…"' (the newspaper convention).
            line_end = self.text.find("\n", nxt[1])
            rest = self.text[nxt[1] : line_end if line_end >= 0 else len(self.text)]
            if gap.count("\n") > 2 or rest.strip() or self.text[nxt[0] - 1] != "\n":
                return content
            if gap[: gap.index("\n")].rstrip()[-1:] not in ".!?":
                return content
            gap = gap[: gap.index("\n")]
            if len(gap) > CONTINUATION_MAX_GAP:
                return content
            tail = self.doc.char_span(
                verb.idx + len(verb.text), content.end + len(gap), alignment_mode="contract"
            )
            tail_tokens = list(tail) if tail is not None else []
            if len(tail_tokens) > CONTINUATION_MAX_TAIL or any(
                _tail_clause(t) for t in tail_tokens
            ):
                return content
            return Span(content.start, nxt[1])
        # Only the cue clause may stand between the halves: no other verb, a short tail
        # (the speaker's apposition may stand there: 'said David Wasserman, House editor for
        # the Cook Political Report. "…"').
        tail = self.doc.char_span(verb.idx + len(verb.text), nxt[0], alignment_mode="contract")
        tail_tokens = list(tail) if tail is not None else []
        if tail_tokens and tail_tokens[-1].lower_ in TITLE_LEAD_WORDS:
            return content  # 'said on CNN's "State of the Union."': a title, not the speech
        if any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in tail_tokens):
            return content  # '"…," she said, adding, "…"': the second quotation has its cue
        if len(tail_tokens) > CONTINUATION_MAX_TAIL or any(_tail_clause(t) for t in tail_tokens):
            return content
        # The second quotation must not have a cue of its own: '"Y," she said'.
        after = self.text[nxt[1] : nxt[1] + 60].split("\n")[0].split(".")[0]
        window = self.doc.char_span(nxt[1], nxt[1] + len(after), alignment_mode="contract")
        if window is not None and any(t.lemma_.lower() in CUE_VERBS for t in window):
            return content
        return Span(content.start, nxt[1])

    def following_quotes(self, content: Span) -> Span:
        """'Trump said: “… is just sad.”' / '“Then you have these losers …”': a content that
        ends with a quotation closing its paragraph runs on through each next paragraph that
        is one quotation alone (no cue of its own, so the same speaker goes on; PolNeAR marks
        it in the same content). At most ``FOLLOWING_QUOTES_MAX`` paragraphs."""
        end = content.end
        for _ in range(FOLLOWING_QUOTES_MAX):
            if end not in self._quote_ends:
                break
            line_end = self.text.find("\n", end)
            if line_end < 0 or self.text[end:line_end].strip():
                break  # the quotation does not end its paragraph
            k = bisect_left(self._quote_starts, end)
            nxt = self.quotes[k] if k < len(self.quotes) else None
            if nxt is None or self.text[end : nxt[0]].strip():
                break  # words stand between: not a paragraph that is only a quotation
            if self.text[end : nxt[0]].count("\n") > 2:
                break
            after = self.text.find("\n", nxt[1])
            if self.text[nxt[1] : after if after >= 0 else len(self.text)].strip():
                break  # the next paragraph has more than the quotation (maybe its own cue)
            end = nxt[1]
        return content if end == content.end else Span(content.start, end)

    def widen(self, span: Span) -> Span:
        """Widen a content span to every quotation it touches."""
        start, end = span.start, span.end
        for qs, qe in self.quotes:
            if qs < end and start < qe:
                start, end = min(start, qs), max(end, qe)
        return Span(start, end)

    def verb_cue(self, verb: Token) -> _Found | None:
        lemma = verb.lemma_.lower()
        if lemma not in CUE_VERBS or verb.pos_ not in ("VERB", "AUX"):
            return None
        if self.inside_quote(verb):
            return None  # words inside a quotation belong to the quoted speaker's statement
        if self.in_idiom(verb):
            return None  # "Having said that, …", "Let's say you think …": no speaker
        if verb.dep_ == "amod" or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            return None
        if lemma == "refer" and any(c.lower_ == "as" for c in verb.children):
            return None  # "often referred to as 'Putin's chef'": a naming, not a statement
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            if verb.dep_ not in ("conj", "ccomp", "ROOT", "advcl"):
                return None  # "Prigozhin, often referred to as …": a participle, no speech
        if lemma in RAISING_CUES:
            raised = self.raising(verb)
            if raised is not None:
                return raised
        subject = _subject(verb)
        relative: Token | None = None
        if subject is not None and subject.tag_ in ("WDT", "WP", "EX"):
            relative = subject
            subject = _relative_antecedent(verb, subject)
            if subject is None:
                return None  # "there is said …", a free "what": no speaker
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if passive and lemma in ASKED_VERBS:
            return self._asked(verb)
        # A "subject" inside the quotation before the cue is the parser taking the quoted
        # words for the speaker ('"… Full panic mode," said Leslie Wimes'): look after the cue.
        quoted_subject = subject is not None and self.inside_quote(subject)
        if quoted_subject and subject is not None and subject.i > verb.i:
            # a quoted title after the cue taken for its subject ('…," Flynn, a top Trump
            # surrogate, said Thursday on Fox News's "Fox and Friends."'): the speaker is the
            # one set off before the cue
            stranded = _stranded_speaker(verb)
            if stranded is not None:
                subject, quoted_subject = stranded, False
        inverted = (
            None
            if subject is not None and subject.i < verb.i and not quoted_subject
            else self._inverted(verb)
        )
        if inverted is not None:
            subject = inverted
        content_tokens: list[Token] = []
        for child in verb.children:
            if inverted is not None:
                break  # the words after the cue are the speaker's, not the content
            if child.dep_ in CONTENT_DEPS and child.i > verb.i:
                if any(_added_participle(g) for g in child.children):
                    continue  # '"…," he said, adding, "…"': the quotation is the second cue's
                edge = child.left_edge
                if (
                    edge.dep_ == "mark"
                    and edge.lower_ in ADVERBIAL_MARKS
                    and self._quote_before(verb) is not None
                ):
                    # '"…," Warren told Stumpf, after he admitted …': the quotation is what
                    # was told; the clause after the cue tells when
                    continue
                content_tokens = _with_joined_clauses(verb, _without_trailing_cues(child))
                if subject is not None and subject.head.i == child.i:
                    # a speaker the parser hung on the reported clause (HUNG_SPEAKER): the
                    # content is the rest of the clause, after the comma that closes the name
                    end = subject.right_edge.i + (subject.right_edge.text != ",")
                    content_tokens = [t for t in content_tokens if t.i > end]
                break
        if not content_tokens:
            for child in verb.children:
                if child.dep_ == "ccomp" and child.i < verb.i:
                    content_tokens = list(child.subtree)
                    break
            if subject is not None and any(t.i == subject.i for t in content_tokens):
                # a stranded speaker: the content stops at the comma before the speaker
                cut = _trailing_phrase_start(subject)
                content_tokens = [t for t in content_tokens if t.i < cut - 1]
        if not content_tokens:
            for child in verb.children:
                if (
                    child.dep_ == "advcl"
                    and child.i > verb.i
                    and any(g.dep_ == "mark" and g.lower_ in CONTENT_MARKS for g in child.children)
                ):
                    content_tokens = list(child.subtree)
                    break
        if not content_tokens and lemma in SPEECH_VERBS | COGNITION_VERBS:
            # "Trump said after the convention he would not accept …", "have not said when
            # they would …": the parser's unmarked (or wh-) adverbial clause is the complement.
            for child in verb.children:
                if child.dep_ != "advcl" or child.i < verb.i or child.tag_ in ("VBG", "VBN"):
                    continue  # "…, saying …", "… when asked …": circumstances, not what was said
                marks = [g for g in child.children if g.dep_ == "mark"]
                first = child.left_edge
                if self._quote_before(verb) is not None:
                    break  # '"Don't fall," she said when a protester stumbled': the quotation
                if not marks or first.lower_ in WH_COMPLEMENTS:
                    content_tokens = list(child.subtree)
                    break
        if not content_tokens and passive and subject is not None:
            # "The meeting was first reported by Politico": the passive subject is the content.
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                content_tokens = list(subj.subtree)
        object_content = lemma in OBJECT_CONTENT_VERBS or (
            lemma in FINDING_VERBS
            and subject is not None
            and subject.lemma_.lower() in FRAME_DOCUMENTS
        )
        if not content_tokens and object_content and not passive:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
            content_tokens = _phrase_rest(verb, [t for c in objs for t in c.subtree])
        if not content_tokens and lemma in PREP_CONTENT_VERBS:
            allowed = PREP_CONTENT_VERBS[lemma]
            for child in verb.children:
                if child.dep_ in ("prep", "prt") and child.lower_ in allowed and child.i > verb.i:
                    content_tokens = [t for t in child.subtree if t.i != child.i]
                    content_tokens = _phrase_rest(verb, content_tokens)
                    if content_tokens:
                        break
        if not content_tokens and lemma in XCOMP_CUE_VERBS and not passive:
            for child in verb.children:
                if child.dep_ == "xcomp" and child.i > verb.i:
                    content_tokens = list(child.subtree)
        hull = False
        if not content_tokens and _parenthetical(verb):
            # "The museum, Mr. Obama said, would make …", "As Breitbart reported, …": the
            # clause around the cue is the content; its hull holds the cue (Span is contiguous).
            content_tokens = _trim(self.doc, _subtree_minus(verb.head, verb))
            hull = True
        participle_quote = None if content_tokens else self._participle_quote(verb)
        if (
            not content_tokens
            and participle_quote is None
            and verb.dep_ in ("parataxis", "ccomp", "advcl")
            and (verb.i > verb.head.i)
        ):
            # '"…," he said' parsed with the quoted clause as head.
            head = verb.head
            between = self.doc[head.i : verb.i]
            if any(t.text in ",”\"'’" for t in between) and head.pos_ in ("VERB", "AUX"):
                content_tokens = _subtree_minus(head, verb)
                if subject is None:
                    subject = next(
                        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None
                    )
                if subject is not None:
                    # the quoted clause's own words the parser hung on the cue ("… injured
                    # when a bus overturned, police said": "when a bus overturned" → "said")
                    content_tokens += [
                        t
                        for c in verb.children
                        if c.i < subject.i and c.dep_ != "punct"
                        for t in c.subtree
                    ]
        if not content_tokens and lemma in SPEECH_VERBS:
            # "the candidate said no", "half said so": a one-word answer is the content.
            content_tokens = [
                c
                for c in verb.children
                if c.i > verb.i and (c.lower_ in ONE_WORD_ANSWERS or _bare_wh_complement(c))
            ][:1]
        if content_tokens and not hull:
            content_tokens = _contiguous(
                _trim(
                    self.doc,
                    _cut_conjoined_acts(verb, _cut_trailing_participles(verb, content_tokens)),
                ),
                verb,
            )
        if not content_tokens:
            # Colon or adjacent quotation: 'He said: "…"', '… he said, "…"'.
            after = verb.idx + len(verb.text)
            nxt = verb.i + 1
            while nxt < len(self.doc) and self.doc[nxt].dep_ in CUE_TAIL_DEPS:
                if self.doc[nxt].dep_ == "dobj" and self.doc[nxt].pos_ not in (
                    "NOUN",
                    "PRON",
                    "PROPN",
                ):
                    break
                after = self.doc[nxt].idx + len(self.doc[nxt].text)
                nxt += 1
            q = self.quote_after(after) or participle_quote
            if q is None and subject is not None:
                q = self._colon_paragraph(after)
            if q is None and lemma not in SPEECH_VERBS:
                return None
            if q is None:
                # Quote before: '"…," he said.' when the parser attached nothing.
                q = self._quote_before(verb)
            if (
                q is None
                and lemma in CORE_SPEECH_VERBS
                and verb.dep_ in CORE_SPEECH_DEPS
                and subject is not None
                and not any(c.dep_ == "xcomp" for c in verb.children)  # an order (ORDER_VERBS)
            ):
                q = self._sentence_rest(verb, subject)
            if q is None:
                return None
            content = self.continuation(Span(*q), verb)
        elif self.inside_quote(verb):
            content = _char_span(content_tokens)  # a cue inside a quotation: no widening
        else:
            content = self.continuation(self.widen(_char_span(content_tokens)), verb)
        if (
            lemma in NO_XCOMP_VERBS
            and content_tokens
            and content_tokens[0].i > verb.i  # not a quotation before: '"To be …," he told'
            and content_tokens[0].dep_ == "aux"
            and content_tokens[0].lower_ == "to"
        ):
            return None
        cue = [verb]
        if subject is None and passive:
            expl = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if expl is not None and expl.lower_ != "it":
                if lemma not in AGENTLESS_PASSIVE_CUES:
                    return None  # "Prigozhin was promised security": not hearsay
                # "Quiros was accused of using $50 million …": a judgement with no one named;
                # the content runs from the one judged to the charge.
                aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
                start = min(expl.left_edge.idx, content.start)
                whole = Span(start, max(content.end, verb.idx + len(verb.text)))
                return _Found(sorted(aux + [verb], key=lambda t: t.i), whole, None, impersonal="")
            expl = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            cue_tokens = [c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
            cue = sorted(cue_tokens + [verb], key=lambda t: t.i)
            return _Found(cue, content, None, impersonal=(expl.text if expl else "") or "it")
        if (
            subject is not None
            and not hull
            and (
                subject.i >= content_tokens[0].i and subject.i <= content_tokens[-1].i
                if content_tokens
                else False
            )
        ):
            subject = None
        if subject is None and not passive:
            subject = _implied_subject(verb, content)
        return _Found(cue, content, subject, written=relative)

    def _asked(self, verb: Token) -> _Found | None:
        """'Trump was asked a question about …', 'he was asked what happened', 'was asked,
        “…?”': the question is the content and the one who asks ("by host Bill Maher") the
        source; the one asked is not (PolNeAR train: 24 of 27 gold "was asked" cues have no
        source, the other 3 the agent)."""
        asked = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if asked is None or asked.lower_ == "it":
            return None
        content_tokens: list[Token] = []
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("ccomp", "xcomp", "dobj", "advcl"):
                content_tokens = _trim(self.doc, list(child.subtree))
                if content_tokens:
                    break
        if content_tokens:
            content = self.widen(_char_span(content_tokens))
        else:
            q = self.quote_after(verb.idx + len(verb.text), limit=20)
            if q is None:
                return None
            content = Span(*q)
        aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
        cue = sorted(aux + [verb], key=lambda t: t.i)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        asker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if asker is None:
            return _Found(cue, content, None, impersonal="")
        return _Found(cue, content, asker)

    def document_frame(self, prep: Token) -> _Found | None:
        """'In a CNN poll released Monday, 50 percent chose Clinton': a sentence-initial "In"
        + poll (``FRAME_SPEAKING_DOCUMENTS``) with no cue verb in the sentence; the rest of the
        sentence is the content and the document (its owner when it has one) the source."""
        if prep.lower_ != "in" or not prep.is_sent_start or self.inside_quote(prep):
            return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in FRAME_SPEAKING_DOCUMENTS:
            return None  # "In an interview with NPR, Obama castigated …": not the interview's
        sent = prep.sent
        frame = {t.i for t in prep.subtree}
        # what the respondents say is relayed through the frame ("38 percent said they would
        # back …"): the verbs in it are theirs
        relayed = {
            t.i
            for v in sent
            if v.pos_ == "VERB" and v.lemma_.lower() in POLL_RELAYED_VERBS
            for t in v.subtree
        }
        if any(
            t.lemma_.lower() in CUE_VERBS
            and t.pos_ == "VERB"
            and t.i not in frame
            and t.i not in relayed
            for t in sent
        ):
            return None  # "In a statement, the group said …" is the verb rule's
        if any(_clarity_parts(t) is not None for t in sent if t.i not in frame):
            return None  # "In an interview, Ham made it clear …" is the clarity idiom's
        rest = _trim(self.doc, [t for t in sent if t.i > max(frame)])
        if not rest:
            return None
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        found = _Found([prep], self.widen(_char_span(rest)), owner or pobj)
        return found

    def poll_frame(self, prep: Token) -> _Found | None:
        """'Clinton held a 24-point lead among black voters in a CNN national poll': "in" + a
        poll (``POLL_NOUNS``) after its clause, with no cue verb in the sentence; the clause
        before "in" (from its subject) is the content, the poll the source."""
        if prep.lower_ != "in" or prep.is_sent_start or self.inside_quote(prep):
            return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS or pobj.tag_ != "NN":
            return None  # one poll named ("a CNN poll"), not "in the polls" (a standing)
        sent = prep.sent
        if any(t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" for t in sent):
            return None  # "… said in a poll" is the verb rule's
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        start = subject.left_edge.i if subject is not None else verb.i
        tokens = _trim(self.doc, [t for t in sent if start <= t.i < prep.i])
        if not tokens:
            return None
        return _Found([prep], _char_span(tokens), pobj)

    def colon_quote(self, colon: Token) -> _Found | None:
        """A colon inside a sentence, right before a quotation, with a name before it and no
        cue verb: 'doesn't surprise pollster Daron Shaw: “…”', 'More from the report: “…”'."""
        if colon.text != ":" or self.inside_quote(colon):
            return None
        q = self.quote_after(colon.idx + 1, limit=3)
        if q is None:
            return None
        sent = colon.sent
        before = [t for t in sent if t.i < colon.i]
        if not before or colon.idx == sent.start_char:
            return None
        if any(t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" for t in before):
            return None  # "He said: “…”" is the verb rule's
        if self._after_wording_idiom(colon):
            return None  # "Ridge put it this way: “…”" is the wording idiom's
        for t in reversed(before[-6:]):
            if t.ent_type_ in ("PERSON", "ORG") or t.lemma_.lower() in ("report", "study"):
                return _Found([colon], Span(*q), t)
        return None

    def wording_idiom(self, verb: Token) -> _Found | None:
        """'…, as a Homeland Security memo put it', 'As Ms. Simonyan put it in a statement,
        RT is …', 'Tom Ridge put it this way: "…"': a wording idiom (``WORDING_IDIOMS``) in an
        "as" clause, whose content is the clause it modifies, or right before a quotation,
        which is the content. The cue is the verb with its object and adverbs before it."""
        objects = WORDING_IDIOMS.get(verb.lemma_.lower())
        if objects is None or verb.pos_ != "VERB" or self.inside_quote(verb):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in objects or not self._wording_preps(verb):
            return None
        subject = _subject(verb)
        if subject is None or subject.i > verb.i:
            return None
        if _parenthetical(verb) and verb.dep_ == "advcl":
            tokens = _trim(self.doc, _after_opening_clause(verb, _subtree_minus(verb.head, verb)))
            if not tokens:
                return None
            content = self.widen(_char_span(tokens))
        else:
            end = verb.right_edge
            q = self.quote_after(end.idx + len(end.text), limit=WORDING_QUOTE_LIMIT)
            if q is None:
                q = self.quote_after(obj.idx + len(obj.text), limit=WORDING_QUOTE_LIMIT)
            if q is None:
                return None
            content = Span(*q)
        if content.start <= subject.idx < content.end:
            return None
        left = [
            c
            for c in verb.children
            if c.i < verb.i and c.dep_ in ("advmod", "aux", "neg") and c.i > subject.i
        ]
        cue = [*left, verb, obj]
        edge = verb.right_edge
        for tok in self.doc[obj.i + 1 : min(len(self.doc), edge.i + 2)]:
            if tok.text == ":" and tok.idx < content.start:
                cue.append(tok)  # "put it:" as PolNeAR marks it
                break
        return _Found(sorted(cue, key=lambda t: t.i), content, subject)

    def clarity_idiom(self, verb: Token) -> _Found | None:
        """'Ham made it clear he had major misgivings', 'made clear that they would like …':
        a clarity idiom (``CLARITY_VERBS`` + ``CLARITY_ADJECTIVES``) whose content is the
        clause after the adjective; the cue is the verb, "it" and the adjective, with the
        verb's auxiliaries and adverbs before it; the speaker the verb's subject."""
        parts = _clarity_parts(verb)
        if parts is None or self.inside_quote(verb):
            return None
        adj, clause = parts
        subject = _subject(verb)
        if subject is not None and subject.lower_ == "it":
            return None  # "it made clear …": no one named
        tokens = _trim(self.doc, list(clause.subtree))
        if not tokens:
            return None
        left = [c for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "neg", "advmod")]
        between = [t for t in self.doc[verb.i + 1 : adj.i] if t.lower_ == "it"]
        cue = sorted([*left, verb, *between, adj], key=lambda t: t.i)
        if subject is not None and cue[0].i < subject.i:
            cue = [t for t in cue if t.i > subject.i]
        return _Found(cue, self.widen(_char_span(tokens)), subject)

    @staticmethod
    def _wording_preps(verb: Token) -> bool:
        """Whether a wording idiom's particles and prepositions leave it an idiom: none, or
        only WORDING_ANY_PREPS and WORDING_OCCASION_PREPS before a document or occasion."""
        for c in verb.children:
            if c.dep_ == "prt":
                return False  # "put it away", "put it back"
            if c.dep_ != "prep" or c.lower_ in WORDING_ANY_PREPS:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.lower_ not in WORDING_OCCASION_PREPS or pobj is None:
                return False
            noun = pobj.lemma_.lower()
            if noun not in FRAME_DOCUMENTS and noun not in WORDING_OCCASIONS:
                return False
        return True

    def _after_wording_idiom(self, colon: Token) -> bool:
        """Whether a wording idiom ("put it") stands right before this colon: the colon is
        part of that cue ("Tom Ridge put it this way: ''…''")."""
        for t in colon.sent:
            if t.i >= colon.i:
                break
            objects = WORDING_IDIOMS.get(t.lemma_.lower())
            if objects and any(c.dep_ == "dobj" and c.lower_ in objects for c in t.children):
                return colon.i - t.right_edge.i <= 4
        return False

    def light_verb(self, verb: Token) -> _Found | None:
        """'Cruz took aim at Trump', 'X drew a sharp contrast with Y', 'released a statement:
        "…"': a non-cue verb made a cue by its object noun (``LIGHT_VERB_OBJECTS``)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in CUE_VERBS or self.inside_quote(verb):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None or obj.lemma_.lower() not in LIGHT_VERB_OBJECTS:
            return None
        verbs = LIGHT_VERB_OBJECTS[obj.lemma_.lower()]
        if verbs and lemma not in verbs:
            return None
        content_tokens: list[Token] = []
        for head in (obj, verb):
            for child in head.children:
                if child.i < obj.i:
                    continue
                if child.dep_ == "prep" and child.lower_ in LIGHT_CONTENT_PREPS:
                    content_tokens = [t for t in child.subtree if t.i != child.i]
                elif child.dep_ in ("acl", "ccomp", "relcl") and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children
                ):
                    content_tokens = list(child.subtree)
                if content_tokens:
                    break
            if content_tokens:
                break
        content: Span | None = None
        if content_tokens:
            content_tokens = _trim(self.doc, content_tokens)
        if content_tokens:
            content = self.widen(_char_span(content_tokens))
        else:
            q = self.quote_after(obj.idx + len(obj.text), limit=40)
            if q is not None:
                content = Span(*q)
        if content is None:
            return None
        # "faced heavy criticism from outlets": the critics are the source, not the criticised.
        origin = next(
            (
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if origin is None and lemma in RECEIVING_VERBS and obj.lemma_.lower() in RECEIVED_OBJECTS:
            # "Trump has faced criticism for his remarks": the criticised is no source
            found = _Found([verb, obj], content, None)
            found.impersonal = ""
            return found
        return _Found([verb, obj], content, origin or _subject(verb))

    def _inverted(self, verb: Token) -> Token | None:
        """The speaker named after a speech verb that directly follows a quotation:
        '"I don't think he won," said Christina Greenway, daughter of …' (the parser may
        take the speaker's noun phrase for the complement). None otherwise."""
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.i + 1 >= len(self.doc):
            return None
        if not any(
            qe <= verb.idx and not self.text[qe : verb.idx].strip(" ,\n") for _, qe in self.quotes
        ):
            return None
        tok = self.doc[verb.i + 1]
        if tok.pos_ not in INVERTED_SPEAKER_POS:
            return None
        while tok.dep_ in INVERTED_SPEAKER_MODIFIERS and tok.head.i > tok.i:
            tok = tok.head
        return tok if tok.pos_ in ("NOUN", "PROPN", "PRON") else None

    def _participle_quote(self, verb: Token) -> tuple[int, int] | None:
        """The quotation a speech participle set off after a clause introduces, past only its
        own words ("…, telling reporters, “…”", "…, adding “…”"): what the participle says,
        not the clause before it (``SPEECH_PARTICIPLE_TAGS``)."""
        if verb.tag_ not in SPEECH_PARTICIPLE_TAGS or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        if verb.i == 0 or self.doc[verb.i - 1].text not in (",", "\u2014", "-", "--"):
            return None
        own = {t.i for c in verb.children if c.dep_ in PARTICIPLE_ADDRESSEE_DEPS for t in c.subtree}
        nxt = verb.i + 1
        while nxt < len(self.doc) and self.doc[nxt].text not in QUOTE_MARKS:
            if nxt not in own and self.doc[nxt].text not in (",", ":"):
                return None  # "telling reporters about the “deal”": a topic, no quotation
            nxt += 1
        if nxt >= len(self.doc) or nxt - verb.i > PARTICIPLE_QUOTE_GAP:
            return None
        start = self.doc[nxt - 1].idx + len(self.doc[nxt - 1].text)
        return self.quote_after(start, limit=3)

    def _quote_before(self, verb: Token) -> tuple[int, int] | None:
        sent = verb.sent
        for qs, qe in reversed(self.quotes):
            if qe <= verb.idx and (
                qe >= sent.start_char - 1 or qs >= sent.start_char - 1 or qe >= sent.start_char - 2
            ):
                gap_end = verb.left_edge.idx if verb.left_edge.i < verb.i else verb.idx
                gap = self.text[qe:gap_end]
                if "\n" in gap and QUOTE_BEFORE_IN_PARAGRAPH and self._within_sentence(qs):
                    return None  # words quoted in the paragraph before are that sentence's
                if len(gap) < 60 and "." not in gap:
                    between = self.doc.char_span(qe, gap_end, alignment_mode="contract")
                    if between is not None and any(
                        t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in between
                    ):
                        return None  # '"…," Warren told Stumpf, after he admitted': told's
                    return qs, qe
        return None

    def _within_sentence(self, start: int) -> bool:
        """Whether the quotation opening at ``start`` follows words of its own sentence."""
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if first is None:
            return False
        sent = first[0].sent
        return bool(self.text[sent.start_char : start].strip())

    def headlines(self) -> list[_Found]:
        """Headline-style attributions: "Graham: Trump's rhetoric is hateful"."""
        out: list[_Found] = []
        paragraphs = _paragraphs(self.text)
        for n, (p_start, p_end) in enumerate(paragraphs):
            line = self.text[p_start:p_end]
            colon_quote = self._colon_then_quote(line, p_start, p_end, paragraphs[n + 1 :])
            if colon_quote is not None:
                out.append(colon_quote)
                continue
            signed = self._signature(line, p_start, n, paragraphs)
            if signed is not None:
                out.append(signed)
                continue
            colon = line.find(":")
            if colon <= 0 or colon + 2 >= len(line):
                continue
            lead = len(line) - len(line.lstrip("\"“'‘ "))  # a transcript line in a quotation
            words = line[lead:colon].split()
            if not 0 < len(words) <= HEADLINE_SOURCE_MAX_WORDS:
                continue
            speaker_len = (
                self._title_speaker(p_start + lead, colon - lead)
                if n == 0 and len(paragraphs) > 1
                else 0
            )
            if speaker_len:
                body = _stripped_span(self.text, p_start + colon + 1, p_end)
                head_span = self.doc.char_span(
                    p_start + lead, p_start + lead + speaker_len, alignment_mode="expand"
                )
                cue = self.doc.char_span(p_start + colon, p_start + colon + 1)
                if body is not None and head_span is not None and cue is not None:
                    out.append(_Found([cue[0]], body, head_span.root))
                    continue
            if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
                continue
            if words[0].lower().strip("'’s") in HEADLINE_LABELS:
                continue
            if line[lead:colon].isupper() and (
                len(words) > TRANSCRIPT_SPEAKER_MAX_WORDS or not line[lead:colon].isalpha()
            ):
                continue  # "BREAKING NEWS:" style labels; "PENCE:" is a transcript speaker
            head_span = self.doc.char_span(p_start + lead, p_start + colon, alignment_mode="expand")
            cue = self.doc.char_span(p_start + colon, p_start + colon + 1)
            body = _stripped_span(self.text, p_start + colon + 1, p_end)
            if head_span is None or cue is None or body is None:
                continue
            if not line[lead:colon].isupper() and not any(
                t.ent_type_ in HEADLINE_SOURCE_ENTITIES for t in head_span
            ):
                continue  # a section heading ("The Gap Goes On: …"), no one speaking
            out.append(_Found([cue[0]], body, head_span.root))
        return out

    def _title_speaker(self, start: int, length: int) -> int:
        """The length of the speaker named before the title's colon, 0 when none: one of
        TITLE_SPEAKER_NOUNS, or up to TITLE_SPEAKER_MAX_WORDS proper nouns, none a teaser,
        maybe followed by what or whom the statement is about ("Obama on Climate Change:",
        TITLE_ADDRESS_WORDS)."""
        lead = self.text[start : start + length]
        words = lead.lower().split()
        if not words or any(w.strip("'’") in TITLE_TEASER_WORDS for w in words):
            return 0
        address = next((i for i, w in enumerate(words) if w in TITLE_ADDRESS_WORDS), None)
        if address is not None and address > 0:
            cut = re.search(r"\s" + re.escape(words[address]) + r"\s", lead.lower())
            if cut is not None:
                return self._title_speaker(start, cut.start())
        if lead.lower() in TITLE_SPEAKER_NOUNS:
            return length
        span = self.doc.char_span(start, start + length, alignment_mode="expand")
        if span is None or len(words) > TITLE_SPEAKER_MAX_WORDS:
            return 0
        if all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_stop
            for t in span
        ):
            return length
        # One word the tagger took for a common noun ("Sanders: …", "Politifact: …") that
        # the article names as a proper noun or an entity further down.
        if len(span) != 1 or not span[0].is_alpha or not span[0].text[:1].isupper():
            return 0
        word = span[0].text
        named = any(
            t.text == word and (t.pos_ == "PROPN" or t.ent_type_ in HEADLINE_SOURCE_ENTITIES)
            for t in self.doc[span.end :]
        )
        return length if named else 0

    def title(self, taken: list[_Found]) -> _Found | None:
        """The article's title line when no rule read it and it holds a cue verb after a
        short capitalised subject: "Sanders Vows To Eliminate Tax Breaks", "Black Lawmakers
        Rip Donald Trump As A ‘Disgusting Fraud.’" (title case misleads the tagger, so the
        cue is looked up by its word form)."""
        paragraphs = _paragraphs(self.text)
        if len(paragraphs) < 2:
            return None  # a title needs a body under it
        start, end = paragraphs[0]
        if len(self.text[start:end].split()) > TITLE_MAX_WORDS:
            return None
        if any(start <= f.cue[0].idx < end for f in taken):
            return None
        window = self.doc.char_span(start, end, alignment_mode="contract")
        if window is None:
            return None
        for tok in list(window)[1 : TITLE_SOURCE_MAX_WORDS + 1]:
            if self.inside_quote(tok) or not tok.is_alpha:
                return None
            low = tok.lower_
            forms = {low, low[:-1], low[:-2], low[:-1] + "e" if low.endswith("ed") else low}
            if not forms & TITLE_CUE_WORDS:
                continue
            before = [t for t in window if t.i < tok.i]
            if not all(t.text[:1].isupper() or t.is_digit for t in before):
                return None
            after = _trim(self.doc, [t for t in window if t.i > tok.i])
            if not after:
                return None
            head = max(before, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
            return _Found([tok], self.widen(_char_span(after)), head)
        return None

    def _signature(
        self, line: str, p_start: int, n: int, paragraphs: list[tuple[int, int]]
    ) -> _Found | None:
        """A quotation signed on its own line or after it: '“How did we get this low?” ―
        Jacklyn Ashley' (cue the dash, source the name, content the quotation before it)."""
        m = SIGNATURE.search(line) or SIGNATURE_LINE.match(line)
        if m is None:
            return None
        dash_at = p_start + m.start(1)
        quote = next((q for q in reversed(self.quotes) if q[1] <= dash_at), None)
        gap = self.text[quote[1] : dash_at] if quote is not None else "x"
        if gap.strip() or gap.count("\n") > 2:
            # The quotation marks did not pair (a quotation inside the signed one, a stray
            # mark): a paragraph that opens with a mark is the quotation up to the dash.
            body = _stripped_span(self.text, p_start, dash_at)
            if body is None or self.text[body.start] not in QUOTE_MARKS:
                return None
            quote = (body.start, body.end)
        # "expand": the tokenizer may glue the closing mark to the dash ('”―')
        cue = self.doc.char_span(dash_at, dash_at + 1, alignment_mode="expand")
        name = self.doc.char_span(p_start + m.start(2), p_start + m.end(2), alignment_mode="expand")
        if cue is None or name is None:
            return None
        return _Found([cue[0]], Span(*quote), name.root)

    def _colon_then_quote(
        self, line: str, p_start: int, p_end: int, rest: list[tuple[int, int]]
    ) -> _Found | None:
        """A paragraph ending in ":" and a quotation opening the next one, with no cue verb:
        "He then listed the qualities of a nominee:" / "“In the piece I wrote …”"."""
        stripped = line.rstrip()
        if not stripped.endswith(":") or not rest:
            return None
        colon_at = p_start + len(stripped) - 1
        nxt_start = rest[0][0]
        quote = next((q for q in self.quotes if q[0] == nxt_start), None)
        cue = self.doc.char_span(colon_at, colon_at + 1)
        if quote is None or cue is None:
            return None
        sent = cue[0].sent
        if any(t.lemma_.lower() in CUE_VERBS for t in sent):
            return None  # "He said:" is the verb rule's
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is None and any(t.lower_ in TRANSCRIPT_INTRO_WORDS for t in sent):
            return None  # "Partial transcript as follows:": each speaker's turn is its own
        found = _Found([cue[0]], Span(*quote), subject)
        if subject is None:
            found.impersonal = ""
        return found

    def _colon_paragraph(self, after: int) -> tuple[int, int] | None:
        """The paragraph after a cue that ends its own paragraph with a colon, quoted or
        not: 'Hewitt writes:' / 'The movie mentions neither …', 'Fox News reports:' / '…'
        (a block quotation; PolNeAR train: 13 such cues with the content below)."""
        m = COLON_PARAGRAPH_END.match(self.text, after)
        if m is None:
            return None
        nxt = m.end()
        end = self.text.find("\n", nxt)
        span = _stripped_span(self.text, nxt, len(self.text) if end < 0 else end)
        return None if span is None else (span.start, span.end)

    def _sentence_rest(self, verb: Token, subject: Token) -> tuple[int, int] | None:
        """The words a core speech verb reports when the parser attached none: the rest of
        the sentence after the cue ("Kerry said that 100,000 would be accepted" misparsed),
        or the sentence before the speaker when the cue ends it ("…, a spokeswoman said")."""
        sent = verb.sent
        # the addressee and the when right after the cue are no part of what was said ("…,
        # Ash Carter told a Senate panel Wednesday.", "Trump told CNN, his policy would …")
        skip: set[int] = set()
        addressee = verb.lemma_.lower() in ADDRESSEE_VERBS
        for child in verb.rights:
            if child.dep_ in REST_SKIP_DEPS or addressee and child.dep_ in ("dobj", "dative"):
                skip.update(t.i for t in child.subtree)
            elif not child.is_punct:
                break
        tail = [t for t in sent if t.i > verb.i and t.i not in skip and not t.is_space]
        while tail and tail[-1].is_punct and tail[-1].text not in "”\"’'»":
            tail.pop()
        while tail and tail[0].is_punct:
            tail.pop(0)
        if len(tail) >= SENTENCE_REST_MIN_TOKENS:
            return tail[0].idx, tail[-1].idx + len(tail[-1].text)
        if verb.dep_ == "conj" and any(
            c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children
        ):
            return None  # "Cook said …, but Cook did not say when": before it, the first clause
        lead_end = subject.left_edge.i
        head = [t for t in sent if t.i < lead_end and not t.is_space]
        while head and head[-1].is_punct and head[-1].text not in "”\"’'»":
            head.pop()
        if len(head) >= SENTENCE_REST_MIN_TOKENS and not tail:
            return head[0].idx, head[-1].idx + len(head[-1].text)
        return None

    def raising(self, verb: Token) -> _Found | None:
        """'Trump's supporters seemed equally unperturbed', 'X appears to be shrinking': an
        impression with no one named (PolNeAR: no source); the content runs from the subject
        to the end of the complement, the cue inside its hull."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if subject is not None and subject.lower_ == "it" and clause is not None:
            # "It seems that the deal is off": the clause, no one named
            body = _trim(self.doc, list(clause.subtree))
            if body:
                return _Found([verb], _char_span(body), None, impersonal="")
        comp = next(
            (
                c
                for c in verb.children
                if c.i > verb.i
                and (c.dep_ in RAISING_COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "like")
            ),
            None,
        )  # "seemed like a …", never "appeared at a rally"
        if subject is None or comp is None or subject.tag_ in ("WDT", "WP", "EX"):
            return None
        if subject.lower_ in ("it", "there"):
            return None  # "it seems that …": left to the impersonal rule
        tokens = _trim(self.doc, [*subject.subtree, verb, *comp.subtree])
        if not tokens:
            return None
        return _Found([verb], _char_span(tokens), None, impersonal="")

    def frame_cue(self, verb: Token) -> _Found | None:
        """A verb read as a cue by its complement and subject (``FRAME_CUES``): "released a
        statement", "is seen as a moderate", "pushed for a vote"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FRAME_CUE_LEMMAS:
            return None
        if self.inside_quote(verb) or self.in_idiom(verb):
            return None
        frame, tokens = _frame(verb)
        kinds = FRAME_CUES.get((verb.lemma_.lower(), frame))
        if kinds is None or not tokens:
            return None
        if frame == "dobj" or frame.startswith("prep:"):
            tokens = _phrase_rest(verb, tokens)
        nsubj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if nsubj is None:
            kind = "none"
        elif (
            nsubj.lower_ in FRAME_PERSON_PRONOUNS
            or nsubj.pos_ == "PROPN"
            or nsubj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        ):
            kind = "person"
        else:
            kind = "other"
        if kinds and kind not in kinds:
            return None
        tokens = _contiguous(_trim(self.doc, tokens), verb)
        if not tokens:
            return None
        content = self.continuation(self.widen(_char_span(tokens)), verb)
        subject = _subject(verb)
        relative: Token | None = None
        if subject is not None and subject.tag_ in ("WDT", "WP", "EX"):
            relative = subject
            subject = _relative_antecedent(verb, subject)
            if subject is None:
                return None
        if subject is None:
            return _Found([verb], content, None, impersonal="")
        if content.start <= subject.idx < content.end:
            return None
        return _Found([verb], content, subject, written=relative)

    def model_cue(self, verb: Token) -> _Found | None:
        """A verb the cue model reads as a cue that no rule took: its first complement
        (``_frame``) is the content, else an adjacent quotation, else the rest of its
        sentence; its subject is the source."""
        if self.in_idiom(verb):
            return None
        if verb.pos_ == "NOUN":
            return self._model_noun(verb)
        lemma = verb.lemma_.lower()
        if lemma == "be":
            return self._model_copula(verb)
        frame, tokens = _frame(verb)
        addressee = lemma in ADDRESSEE_VERBS and frame in ("dobj", "xcomp")
        if lemma in NO_XCOMP_VERBS and frame == "xcomp" or addressee:
            return None  # "warned them to leave", "told reporters nothing": the addressee
        if (
            frame == "dobj"
            and tokens
            and any(t.dep_ == "dobj" and t.lemma_.lower() in LIGHT_VERB_OBJECTS for t in tokens)
        ):
            return None  # "made the case in the kitchen": the light-verb rule decides
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        agent = any(c.dep_ == "agent" for c in verb.children)
        if lemma in CUE_VERBS and passive and not agent and lemma not in AGENTLESS_PASSIVE_CUES:
            return None  # "Prigozhin was promised security": not hearsay
        if frame == "dobj" or frame.startswith("prep:"):
            tokens = _phrase_rest(verb, tokens)
        tokens = _contiguous(_trim(self.doc, tokens), verb) if tokens else []
        if tokens:
            content = self.continuation(self.widen(_char_span(tokens)), verb)
        else:
            q = self.quote_after(verb.idx + len(verb.text), limit=40) or self._quote_before(verb)
            if q is None:
                return None
            content = Span(*q)
        subject = _subject(verb)
        relative: Token | None = None
        if subject is not None and subject.tag_ in ("WDT", "WP", "EX"):
            relative = subject
            subject = _relative_antecedent(verb, subject)
        if subject is not None and content.start <= subject.idx < content.end:
            subject = None
        if subject is None and frame in EXPERIENCER_FRAMES and verb.tag_ == "VBN":
            # "Clinton aides were coy about whether …", "Protesters were frustrated that …":
            # the passive-form adjective's subject holds the stance
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and subject.lower_ in EXPERIENCER_NOT_SUBJECTS:
                subject = None
        if subject is None and not any(c.dep_ == "nsubjpass" for c in verb.children):
            subject = _implied_subject(verb, content)
        if subject is None:
            return _Found([verb], content, None, impersonal="")
        return _Found([verb], content, subject, written=relative)

    def _model_noun(self, noun: Token) -> _Found | None:
        """A noun the cue model reads as a cue ("Trump's criticism of the deal", "his
        decision to run", "the claim that …"): content its first complement after it (a
        that-clause, a to-infinitive, or the object of NOUN_CONTENT_PREPS), source its
        possessor (none without one)."""
        tokens: list[Token] = []
        for c in noun.children:
            if c.i < noun.i:
                continue
            marks = [g for g in c.children if g.dep_ in ("mark", "aux")]
            if c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" for g in marks):
                tokens = list(c.subtree)
            elif c.dep_ == "acl" and any(g.lower_ == "to" for g in marks):
                tokens = list(c.subtree)
            elif c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS:
                tokens = [t for t in c.subtree if t.i != c.i]
            if tokens:
                break
        if not tokens:
            clause = _misparsed_that_clause(noun)
            tokens = [] if clause is None else list(clause.subtree)
        tokens = _trim(self.doc, tokens)
        if not tokens:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            # "stepped-up criticism from Clinton about …", "repeated warnings from his
            # attorney that …": the one the noun comes from is its source, as for light verbs
            owner = next(
                (
                    g
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ in NOUN_ORIGIN_PREPS and c.i > noun.i
                    for g in c.children
                    if g.dep_ == "pobj" and not (tokens[0].i <= g.i <= tokens[-1].i)
                ),
                None,
            )
        if owner is None and noun.dep_ in PREDICATE_NOUN_DEPS and noun.head.lemma_ == "be":
            # "Clinton has been a consistent supporter of NATO", "He is a fierce critic of
            # the deal": the copula's subject holds the stance
            owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if owner is not None and owner.lower_ in EXPERIENCER_NOT_SUBJECTS:
                owner = None
        if owner is None and tokens[0].lower_ == "that":
            owner = _mistagged_verb_subject(noun)
        found = _Found([noun], self.widen(_char_span(tokens)), owner)
        if owner is None:
            found.impersonal = ""
        return found

    def _model_copula(self, verb: Token) -> _Found | None:
        """A copula the cue model reads as a cue: a stance adjective with its complement
        ("is eager to …", "was critical of …", "are worried about …", "it is unclear
        whether …"); cue the copula and the adjective, content the complement, source the
        subject (none for "it")."""
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is None:
            return None
        comp = next(
            (c for c in adj.children if c.dep_ in ("prep", "xcomp", "ccomp") and c.i > adj.i),
            None,
        ) or next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None)
        if comp is None:
            return None
        tokens = (
            [t for t in comp.subtree if t.i != comp.i]
            if comp.dep_ == "prep"
            else list(comp.subtree)
        )
        tokens = _trim(self.doc, tokens)
        if not tokens:
            return None
        content = self.widen(_char_span(tokens))
        cue = sorted([verb, adj], key=lambda t: t.i)  # "How critical is he …"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ == "it" or subject.tag_ in ("WDT", "WP", "EX"):
            return _Found(cue, content, None, impersonal="")
        return _Found(cue, content, subject)

    def quote_verb(self, verb: Token) -> _Found | None:
        """Any verb framing a quotation: '"Choke!" blared the Herald', '"…," Oliver barked'."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() in CUE_VERBS or self.inside_quote(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        for child in verb.children:
            if child.dep_ not in ("ccomp", "parataxis") or not self.inside_quote(child):
                continue
            q = self.quote_at(child.idx, child.idx + 1)
            if q is None:
                continue
            gap_start, gap_end = (q[1], verb.idx) if q[1] <= verb.idx else (verb.idx, q[0])
            gap = self.text[gap_start:gap_end]
            if len(gap) <= 60 and "." not in gap and "\n" not in gap:
                return _Found([verb], Span(*q), subject)
        return None

    def hearsay_passive(self, verb: Token) -> _Found | None:
        """'X is said to have …', 'he is believed to be …' — an anonymous hedge."""
        if verb.lemma_.lower() not in PASSIVE_HEARSAY_VERBS or verb.tag_ != "VBN":
            return None
        deps = {c.dep_: c for c in verb.children}
        if "auxpass" not in deps or "xcomp" not in deps or "nsubjpass" not in deps:
            return None
        subj, xcomp = deps["nsubjpass"], deps["xcomp"]
        tokens = _trim(self.doc, list(subj.subtree) + list(xcomp.subtree))
        content = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        cue = sorted([deps["auxpass"], verb], key=lambda t: t.i)
        return _Found(cue, content, None, impersonal="")

    def hearsay_adverb(self, adverb: Token) -> _Found | None:
        """'Trump reportedly wants …', 'Reportedly, he made …': the clause the adverb
        modifies (its subject with it, the adverb inside) is reported by no one named."""
        if adverb.lower_ not in HEARSAY_ADVERBS or adverb.dep_ != "advmod":
            return None
        clause = adverb.head
        if clause.pos_ not in ("VERB", "AUX") or self.inside_quote(adverb):
            return None
        if clause.lemma_.lower() in CUE_VERBS:
            return None  # "Trump reportedly said …": the verb's cue, "reportedly" with it
        tokens = list(clause.subtree)
        if tokens[0].i == adverb.i:
            # "Reportedly, he made …": the content starts after the adverb
            tokens = _subtree_minus(clause, adverb)
        tokens = _contiguous(_trim(self.doc, tokens), clause)
        if len(tokens) < SENTENCE_REST_MIN_TOKENS:
            return None
        return _Found([adverb], self.widen(_char_span(tokens)), None, impersonal="")

    def according_to(self, tok: Token) -> _Found | None:
        if tok.lower_ != "according" or tok.i + 1 >= len(self.doc):
            return None
        to = self.doc[tok.i + 1]
        if to.lower_ != "to":
            return None
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            # "according to show insiders" with "show" tagged a verb: its object, or itself
            comp = next((c for c in to.children if c.dep_ == "pcomp"), None)
            if comp is not None:
                pobj = next((c for c in comp.children if c.dep_ == "dobj"), comp)
        if pobj is None:
            return None
        sent = tok.sent
        if tok.head.i == tok.i:
            # "According to MSNBC, the move reeks of fear" parsed with "According" as the
            # root: the rest of the sentence hangs on it; only the phrase itself is cut
            cut = {tok.i} | {t.i for t in to.subtree}
            tokens = [t for t in sent if t.i not in cut]
            comma = next((t for t in sent if t.i > pobj.i and t.text == ","), None)
            if len(_trim(self.doc, tokens)) < 2 and comma is not None:
                # ... or with the clause after the comma hung on the source as an apposition
                tokens = [t for t in sent if t.i > comma.i]
        else:
            cut = {t.i for t in tok.subtree}
            tokens = [t for t in tok.head.subtree if t.i not in cut]
        tokens = _trim(self.doc, tokens)
        if not tokens:
            return None
        if tok.head.i != tok.i and any(t.i == tok.head.i for t in tokens):
            # "X won 54 percent, according to exit polls, but …": the run holding the word
            # the phrase modifies, not whatever trails the source
            anchor = tok.head
        else:
            anchor = tokens[0] if tok.i < tokens[0].i else tokens[-1]
        tokens = _trim(self.doc, _contiguous(tokens, anchor))
        if not tokens:
            return None
        return _Found([tok, to], self.widen(_char_span(tokens)), pobj)

    def noun_cue(self, noun: Token) -> _Found | None:
        if noun.lemma_.lower() not in CUE_NOUNS or noun.pos_ != "NOUN":
            return None
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        if clause is None:
            clause = _misparsed_that_clause(noun)
        if clause is None:
            return None
        if noun.lemma_.lower() in WHOLE_CLAUSE_NOUNS and not _whole_clause(clause):
            return None
        tokens = _trim(self.doc, list(clause.subtree))
        # "poss": "Zelensky's claims that …"; "nsubj": a verb the tagger took for a plural
        # noun ("But Trump claims that …").
        owner = next((c for c in noun.children if c.dep_ in ("poss", "nsubj")), None)
        if owner is None:
            for c in noun.children:
                if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ in NOUN_ORIGIN_PREPS):
                    owner = next((g for g in c.children if g.dep_ == "pobj"), None)
        if owner is None:
            # "But Trump claims that …" with "claims" tagged a plural noun and "Trump" its
            # compound: the name is the speaker (as the model's noun reading has it)
            owner = _mistagged_verb_subject(noun)
        found = _Found([noun], self.widen(_char_span(tokens)), owner)
        if owner is None:
            found.impersonal = ""
        return found


def _after_opening_clause(verb: Token, tokens: list[Token]) -> list[Token]:
    """The words of the clause ``verb`` modifies after ``verb``'s own clause when that clause
    comes first: "As Vulture put it, “Hello, it's the Biebs.”" and "Or, as Tom Ridge put it:
    ''…''" say the quotation, not the words before the "as" clause (which hold the speaker)."""
    if verb.i > verb.head.i:
        return tokens
    return [t for t in tokens if t.i > verb.right_edge.i]


def _hearsay_noun_source(f: _Found) -> Source | None:
    """The talk a hearsay noun cue with no owner reports (``HEARSAY_NOUNS``), as an unnamed
    source named by the noun as written ("speculations"), with no span."""
    noun = f.cue[0]
    if len(f.cue) != 1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in HEARSAY_NOUNS:
        return None
    return Source(noun.text, "anonymous", None)


def _whole_clause(clause: Token) -> bool:
    """The clause has what its verb needs after the subject (``WHOLE_CLAUSE_DEPS``) or is a
    copula: no gap a relative "that" fills."""
    return clause.lemma_.lower() in COPULA_LEMMAS or any(
        c.dep_ in WHOLE_CLAUSE_DEPS for c in clause.children
    )


def _misparsed_that_clause(noun: Token) -> Token | None:
    """The relative clause right after ``noun`` whose "that" the parser made the object of a
    form of "be" that has a subject of its own (``COPULA_LEMMAS``): a that-clause the noun
    reports ("speculations that Prigozhin wasn't exiled"), not a relative one ("the claim
    that he made")."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in COPULA_LEMMAS:
            continue
        that = next(
            (c for c in clause.children if c.lower_ == "that" and c.dep_ in ("dobj", "attr")), None
        )
        if that is None or that.i != noun.i + 1:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children):
            return clause
    return None


def _mode(finder: _Finder, content: Span) -> str:
    q = finder.quote_at(content.start, content.end)
    if q is None:
        return "indirect"
    qs, qe = q
    outside = finder.text[content.start : qs] + finder.text[qe : content.end]
    # Quotes inside the content but not covering it: mixed. Otherwise direct.
    inner = [x for x in finder.quotes if content.start <= x[0] and x[1] <= content.end]
    covered = sum(e - s for s, e in inner)
    if outside.strip(" ,.;:") == "" and covered >= (content.end - content.start) * 0.9:
        return "direct"
    return "mixed"


def _anonymous_inner_source(doc: Doc, content: Span, speakers: _Speakers) -> Source | None:
    """The anonymous subject of the content's main clause: "secret service sources had …"."""
    window = doc.char_span(content.start, content.end, alignment_mode="expand")
    toks = [t for t in window if content.start <= t.idx < content.end] if window else []
    roots = [t for t in toks if t.head.i == t.i or not (content.start <= t.head.idx < content.end)]
    for root in roots:
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in INFORMANT_HEADS:
                src = speakers.resolve(child)
                if src.kind == "anonymous":
                    return src
    return None


def _cue_span(cue: list[Token], content: Span) -> Span:
    """The cue as PolNeAR marks it: the verb with its auxiliaries, negation and adjacent
    adverbs ("had previously announced", "still says", "did not deny") and the particle or
    preposition that opens its content ("calls for", "called on", "spoke about")."""
    verb = cue[-1]
    if verb.pos_ not in ("VERB", "AUX") or len(cue) > 1 and cue[0].pos_ != "AUX":
        return _char_span(cue)
    doc = verb.doc
    lo = cue[0].i
    # A governing verb of a complement cue: "refused to disclose", "went on to discuss",
    # "keeps saying", "started off by emphasizing".
    gov = verb.head
    left_head = verb  # whose auxiliaries and adverbs join the cue on the left
    if (
        verb.dep_ in ("xcomp", "pcomp")
        and gov.pos_ in ("VERB", "AUX")
        and gov.i < lo
        and lo - gov.i <= CUE_GOVERNOR_GAP
        and not (content.start <= gov.idx < content.end)
    ):
        if verb.dep_ == "pcomp":
            gov = gov.head if gov.head.pos_ in ("VERB", "AUX") else gov
        if gov.i < lo and lo - gov.i <= CUE_GOVERNOR_GAP + 1:
            lo, left_head = gov.i, gov
    while lo > 0:
        left = doc[lo - 1]
        if left.head.i != left_head.i or left.dep_ not in CUE_LEFT_DEPS:
            break
        if left.dep_ == "advmod" and left.pos_ != "ADV":
            break
        lo -= 1
    hi = verb.i
    nxt = doc[hi + 1] if hi + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.head.i == verb.i
        and nxt.dep_ in ("prt", "prep")
        and (
            nxt.lower_ in PREP_CONTENT_VERBS.get(verb.lemma_.lower(), frozenset())
            or (verb.lemma_.lower(), "prep:" + nxt.lower_) in FRAME_CUES
            or nxt.dep_ == "prt"  # a particle is part of the verb: "laid out", "spoke out"
        )
        and (nxt.idx + len(nxt.text) <= content.start or content.start < verb.idx)
    ):
        hi += 1
    # Right of the verb, before the content: "said Tuesday", "said sarcastically", "said in a
    # recent interview", then the colon of "said:".
    while hi + 1 < len(doc):
        nxt = doc[hi + 1]
        if nxt.idx + len(nxt.text) > content.start and nxt.idx < content.end:
            break  # never into the content
        if (
            nxt.head.i == verb.i
            and nxt.dep_ in CUE_RIGHT_DEPS
            and nxt.pos_ in ("ADV", "NOUN", "PROPN")
        ):
            end = nxt.right_edge
            if end.idx + len(end.text) > content.start and end.idx < content.end:
                break
            hi = end.i
        elif (
            nxt.head.i == verb.i
            and nxt.dep_ == "prep"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in FRAME_DOCUMENTS for g in nxt.children)
        ):
            end = nxt.right_edge
            if end.idx + len(end.text) > content.start and end.idx < content.end:
                break
            hi = end.i
        elif nxt.text == ":" and nxt.idx < content.start:
            hi = nxt.i
            break
        else:
            break
    return Span(doc[lo].idx, doc[hi].idx + len(doc[hi].text))


# A participle set off before the verb it modifies is inside the reported clause, never the
# speaker's next act: "She said the company, citing losses, will cut 300 jobs" keeps "citing
# losses" in what was said (``_speaker_participle``).
PARTICIPLE_BEFORE_ITS_VERB = True


def _speaker_participle(verb: Token) -> bool:
    """Whether a participle set off by a comma inside a content may be the speaker's next act
    that ends the content: not when it stands before the verb it modifies
    (``PARTICIPLE_BEFORE_ITS_VERB``)."""
    return not (PARTICIPLE_BEFORE_ITS_VERB and verb.head.i > verb.i)


def _without_trailing_statement(
    a: Attribution, results: list[Attribution], doc: Doc, finder: _Finder
) -> Attribution:
    """Cut a content before a trailing clause that is a statement of its own: "said the
    demands erase barriers, though she noted clients are changing", "said it was opposed to
    the test and warned North Korea …", "…, citing the strategic importance of …". PolNeAR
    ends the first content there; the trailing cue has its own attribution. A complement
    holding a statement ("said Clinton claimed …") is nested, not trailing, and stays."""
    if a.mode == "direct":
        return a
    cut = a.content.end
    for b in results:
        if b is a or not (a.content.start < b.cue.start < a.content.end):
            continue
        if b.cue.start <= a.cue.start:
            continue
        words = doc.char_span(b.cue.start, b.cue.end, alignment_mode="expand") or []
        verb = next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ not in TRAILING_CLAUSE_DEPS or finder.inside_quote(verb):
            continue
        start = verb.left_edge
        if start.idx <= a.content.start:
            continue
        before = doc[start.i - 1]
        joined = before.text in DASH_COMMA or before.dep_ == "cc" or start.dep_ in ("cc", "mark")
        inside = a.content.start <= verb.head.idx < a.content.end
        top = not inside or not (a.content.start <= verb.head.head.idx < a.content.end)
        if verb.dep_ == "relcl":
            ok = before.text in DASH_COMMA  # "…, who cited …", never "those who question …"
        elif verb.dep_ == "advcl":
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            ok = (
                top
                and joined
                and (
                    bool(marks & TRAILING_MARKS)
                    and any(c.dep_ == "nsubj" for c in verb.children)
                    or (verb.tag_ == "VBG" and before.text == "," and _speaker_participle(verb))
                )
            )
        else:  # conj, parataxis: a second clause of the content's own top
            ok = top and joined
        if ok:
            cut = min(cut, start.idx)
    if cut >= a.content.end:
        return a
    # Back over the comma, dash or conjunction that joined the clause.
    i = doc.char_span(cut, a.content.end, alignment_mode="expand").start
    while i > 0 and (
        doc[i - 1].is_punct
        and doc[i - 1].text not in "”\"’'»"
        or doc[i - 1].dep_ == "cc"
        or doc[i - 1].is_space
    ):
        i -= 1
    end = doc[i - 1].idx + len(doc[i - 1].text) if i > 0 else cut
    if end <= a.content.start or (a.content.start <= a.cue.start < a.content.end):
        return a
    return Attribution(a.cue, Span(a.content.start, end), a.source, a.mode, a.chain)


# Trailing modifiers PolNeAR leaves out of an indirect content, after a comma or dash:
# a non-restrictive relative clause (", which makes him an outlier", ", who has not been
# charged"), a participle (", focusing on people under 30", ", killing more than 10,000"),
# and after a dash an apposition or comment ("- chatter that may simmer down", "- a charge
# that might have stung"). Keys: dependency of the trailing phrase; values: the separators
# after which it is cut.
TRAILING_MODIFIERS: dict[str, frozenset[str]] = {
    "relcl": frozenset({",", "\u2014", "--", "-", "\u2013"}),
    "advcl": frozenset({",", "\u2014", "--", "-", "\u2013"}),
    "appos": frozenset({"\u2014", "--", "-", "\u2013"}),
    "npadvmod": frozenset({"\u2014", "--", "-", "\u2013"}),
}
# Words that open a non-restrictive relative clause.
RELATIVE_OPENERS: frozenset[str] = frozenset("which who whom whose".split())


# A message the speaker puts out whose words follow in a participle: "His office put out a
# statement saying the U.S. does not have the capacity …", "released a statement confirming
# it will double its staff", "sent out a fundraising email stressing …", "shot back in an
# article stating that …". PolNeAR marks the participle in the cue ("issued a statement
# saying", or "stressing" alone) and what follows it as the content; the rules read the
# message itself as the content. PolNeAR train: 8 such readings, all 8 gold that way; with other
# verbs ("cites a memo saying", "noted published reports alleging") or other nouns ("those
# describing themselves as …", "50 percent saying …": someone else speaks) PolNeAR keeps the
# noun in the content, so the rule needs both lists.
MESSAGE_PARTICIPLE_VERBS: frozenset[str] = SPEECH_VERBS
# Nouns of the message (a document or a post).
MESSAGE_NOUNS: frozenset[str] = FRAME_DOCUMENTS | frozenset(
    "email e-mail article piece message release note".split()
)
# The same message with its words in a relative clause: "released a letter from his doctor
# that says he has 'extraordinarily good health'", "released a marketing video that said, '…'",
# "ran a piece that noted …". PolNeAR marks the cue the same way (through the clause's verb:
# "released a letter … that says") and the clause's words as the content; the rules had read
# the message as the content, so a dossier showed "released: 'says he has …'". PolNeAR train:
# 4 such readings ("is releasing a new ad that urges", "ran a piece that noted", "has released a
# Web video that accuses", "released a marketing video that said"), all 4 gold that way; dev 1.
# A document "shows" or "reads" its words ("a message that showed …") as it "says" them.
MESSAGE_RELATIVE_VERBS: frozenset[str] = MESSAGE_PARTICIPLE_VERBS | frozenset("show read".split())
# The relative pronoun that makes the message the clause's speaker ("a letter that says").
MESSAGE_RELATIVE_SUBJECTS: frozenset[str] = frozenset("that which".split())
# Verbs that put a message out (the message is their object): "issued a statement saying".
PUBLISHING_VERBS: frozenset[str] = frozenset(
    "issue release put send plant post publish air run circulate".split()
)
# Prepositions naming the medium of a cue verb: "shot back in an article stating …".
MESSAGE_MEDIUM_PREPS: frozenset[str] = frozenset({"in"})
# Children of the participle that carry the words ("saying the U.S. …", "saying: …").
MESSAGE_PARTICIPLE_DEPS: frozenset[str] = frozenset("ccomp xcomp dobj parataxis".split())


def _message_participle(part: Token) -> bool:
    """A speech-verb participle on a noun: "a statement saying …"."""
    return (
        part.dep_ == "acl"
        and part.tag_ == "VBG"
        and part.lemma_.lower() in MESSAGE_PARTICIPLE_VERBS
    )


def _message_relative(part: Token) -> bool:
    """MESSAGE_RELATIVE_VERBS: a relative clause whose subject is the noun it hangs on and
    whose verb says, shows or reads words: "a letter … that says …"."""
    return (
        part.dep_ == "relcl"
        and part.lemma_.lower() in MESSAGE_RELATIVE_VERBS
        and any(
            child.dep_ == "nsubj" and child.lower_ in MESSAGE_RELATIVE_SUBJECTS
            for child in part.children
        )
    )


def _with_message_participle(a: Attribution, doc: Doc, finder: _Finder) -> Attribution:
    """An object content whose noun carries a speech-verb participle or a relative clause
    with words of its own ("put out a statement saying X", "released a letter that says X"):
    the cue runs on to the participle or the clause's verb, the content is its words
    (``MESSAGE_PARTICIPLE_VERBS``, ``MESSAGE_RELATIVE_VERBS``)."""
    c, q = a.content, a.cue
    quote = finder.quote_at(c.start, c.end)
    if c.start < q.end or (quote is not None and quote[0] <= c.start):
        return a  # the content before the cue, or a quotation: its words are already its own
    # A quotation after the message is the message's words ("issued a statement saying, “…”",
    # "released a video that said, “…”"): PolNeAR train, 9 such participle readings, all gold
    # with the cue run on to the participle and the quotation as the content.
    window = doc.char_span(c.start, c.end, alignment_mode="expand")
    if window is None:
        return a
    for part in window:
        # the message after the cue, in the content or just before it ("released a letter
        # from his doctor Friday afternoon that says …": the parser ends the object early)
        if not (_message_participle(part) or _message_relative(part)) or (
            part.head.idx < q.end
            or part.head.lemma_.lower() not in MESSAGE_NOUNS
            or finder.inside_quote(part)
        ):
            continue
        noun, gov = part.head, part.head.head
        published = noun.dep_ == "dobj" and gov.lemma_.lower() in PUBLISHING_VERBS
        medium = (
            noun.dep_ == "pobj"
            and gov.lower_ in MESSAGE_MEDIUM_PREPS
            and gov.head.idx < c.start
            and gov.head.pos_ == "VERB"
        )
        verb = gov if published else gov.head
        if not (published or medium) or not q.start <= verb.idx < q.end:
            return a  # the message is not the cue verb's own
        if not any(
            child.i > part.i and (child.dep_ in MESSAGE_PARTICIPLE_DEPS or child.text == ":")
            for child in part.children
        ):
            return a
        # the words run from the participle's first word after it to the content's end (the
        # parser may hang their last clause elsewhere: "saying a state law … is hurting …")
        words = _trim(doc, [t for t in window if t.i > part.i])
        if not words:
            return a
        cue = Span(q.start, part.idx + len(part.text))
        content = Span(words[0].idx, c.end)
        return Attribution(cue, content, a.source, _mode(finder, content), a.chain)
    return a


def _with_colon_paragraph(a: Attribution, doc: Doc, finder: _Finder) -> Attribution:
    """A reading whose content runs up to a colon that ends its paragraph introduces the next
    paragraph, which is what was said: "Trump issued the following statement:" / "“Our
    prayers are with …”", "Cruz called them on it:", "Frank quotes former Carter adviser
    Alfred Kahn:", "He told his Democratic audience, to rowdy applause:". The words before
    the colon only announce it; a clause there (its root a verb: "said that …:") is itself
    what was said and stays. PolNeAR train: 20 colon-ended paragraphs had a gold content below
    that no reading took; the rule moves 22 train contents (9 from no gold content to one, 9
    from one gold content to another, 3 still none, 1 lost), 1 dev content (none before or
    after)."""
    c = a.content
    if c.start <= a.cue.start < c.end or a.cue.start > c.end:
        return a  # the content must follow its cue and end the paragraph
    below = finder._colon_paragraph(c.end)
    if below is None:
        return a
    window = doc.char_span(c.start, c.end, alignment_mode="expand")
    if window is None or window.root.pos_ in ("VERB", "AUX"):
        return a  # a clause before the colon is itself what was said ("said that …:")
    span = Span(*below)
    return Attribution(a.cue, span, a.source, _mode(finder, span), a.chain)


def _without_trailing_modifier(a: Attribution, doc: Doc, finder: _Finder) -> Attribution:
    """Cut an indirect content before a trailing modifier (``TRAILING_MODIFIERS``) that runs
    to its end and hangs on a word before the separator."""
    if a.mode == "direct" or a.content.start <= a.cue.start < a.content.end:
        return a
    window = doc.char_span(a.content.start, a.content.end, alignment_mode="contract")
    if window is None or len(window) < 4:
        return a
    first, last = window.start, window.end - 1
    for k in range(first + 2, last):
        sep = doc[k]
        if not any(sep.text in seps for seps in TRAILING_MODIFIERS.values()):
            continue
        if finder.inside_quote(sep):
            continue
        node = doc[k + 1]
        while node.head.i != node.i and k < node.head.i <= last:
            node = node.head
        if node.left_edge.i != k + 1 or node.right_edge.i < last:
            continue
        if not (first <= node.head.i < k) or sep.text not in TRAILING_MODIFIERS.get(
            node.dep_, frozenset()
        ):
            continue
        if node.dep_ == "relcl" and doc[k + 1].lower_ not in RELATIVE_OPENERS:
            continue
        if node.dep_ == "advcl" and (node.tag_ != "VBG" or node.lemma_.lower() in CUE_VERBS):
            continue
        end_tok = doc[k - 1]
        end = end_tok.idx + len(end_tok.text)
        if end <= a.content.start:
            return a
        return Attribution(a.cue, Span(a.content.start, end), a.source, a.mode, a.chain)
    return a


def _drop_inner_stances(found: list[_Found], finder: _Finder) -> list[_Found]:
    """Drop stance/belief cues that are not attributions of their own: one inside another
    statement's content ("Dayton said that he thinks Clinton would win" is Dayton's one
    statement). The writer's own "I think"/"we now know" is kept: an attribution to the first
    person, as PolNeAR marks it (PolNeAR dev overlap source 82.6 -> 82.9, content 83.1 ->
    83.4 when kept); certainty grades "I think" as speculation by its cue. A verb of the
    writer's narration between the halves of a split quotation is outside the statement
    though its span holds it ('"…," Black said, referring to the RNC. "…"': ``_in_words``)."""
    speech = [
        f
        for f in found
        if f.cue[-1].lemma_.lower() in SPEECH_VERBS or f.cue[0].lower_ == "according"
    ]
    kept = []
    for f in found:
        verb = f.cue[-1]
        if verb.lemma_.lower() in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            kept.append(f)
            continue
        if any(g is not f and _in_words(g, verb, finder) for g in speech):
            continue
        kept.append(f)
    return kept


def _in_words(statement: _Found, verb: Token, finder: _Finder) -> bool:
    """Whether ``verb`` lies in the words of ``statement``: inside its content span, and not
    in the narration after its cue that a quotation split around the cue spans ('"…," Black
    said, referring to the RNC. "…"': the content runs from the first half to the end of the
    second, but "referring" is the writer's, outside both quotations)."""
    content = statement.content
    if not content.start <= verb.idx < content.end:
        return False
    cue = statement.cue[-1]
    return not (
        content.start <= cue.idx < content.end
        and verb.i > cue.i
        and finder.quote_at(content.start, content.start + 1) is not None
        and not finder.inside_quote(verb)
    )


def _cue_head(cue: list[Token]) -> Token | None:
    """The word of a cue the model scores: the one (verb, auxiliary or noun) whose head lies
    outside the cue; None for cues with no such word (a colon, "according to", "in")."""
    at = {t.i for t in cue}
    for t in cue:
        if t.pos_ in CUE_MODEL_POS and (t.head.i == t.i or t.head.i not in at):
            return t
    return None


def _attribution_cue(doc: Doc, attribution: Attribution) -> tuple[SpacySpan | None, Token | None]:
    """An attribution's cue in the parse, and the word of it the model scores (``_cue_head``);
    (None, None) when the cue's characters fall outside the parse."""
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    return cue, _cue_head(list(cue)) if cue is not None else None


# Aims, not statements: verbs whose infinitive complement is an action their own subject
# intends ("She hopes to win the race", "is seeking to reassure voters", "wants to meet
# Putin", "plans to run"): an attribution there (PolNeAR marks "hopes to" 28 of 47 times on
# train) is the subject's intention, never a statement about the world (``is_aim``): claims
# keep the subject as the participant of the aimed action and make no "statement" of it,
# and certainty grades it speculation. ("hop": the pipeline's lemma of "hopes".) Speech acts
# of commitment ("vowed to", "promised to", "threatened to") are said aloud and stay
# statements.
AIM_VERBS: frozenset[str] = frozenset("seek hope hop want plan intend try aim".split())
# The mode of an aim's attribution (beside "direct", "indirect" and "mixed"), so that every
# reader of an analysis, the archive's and the web's included, tells it from reported speech.
AIM_MODE = "aim"
# Aim verbs that are no cue with an object or nothing after them ("Police are seeking a man",
# "The company is seeking a buyer"; seek + object is gold 25 of 76 on train): a cue only with
# an infinitive (an aim, above) or a clause ("The club hopes the stadium will open in May": a
# belief).
AIM_OBJECT_VERBS: frozenset[str] = frozenset("seek hope hop".split())
# Copula adjectives of a scheduled, intended or likely action of the subject, never a
# statement: "Robert Pitman, 24, is due to appear in court", "is set to vote", "is poised to
# win", "is able to", "is likely to" (train: 0 of 14 "due", 4 of 139 "able", 14 of 123
# "likely" with a complement are gold cues).
SCHEDULE_ADJECTIVES: frozenset[str] = frozenset(
    "due set slated poised scheduled about able unable ready likely unlikely".split()
)
# A complement that makes an aim verb a belief ("hopes that …", "hopes the deal holds").
AIM_BELIEF_DEPS: frozenset[str] = frozenset({"ccomp"})
# Forecasts, not perceptions: "see" under a modal of what is to come tells what will happen
# to its subject ("those workers would see a 50 percent increase in their pay", "The top 1
# percent would see their after-tax incomes go up", "you will never see …"), not what anyone
# perceives or believes (train: 0 of 6 readings of "will/would see" are gold cues, dev 0 of
# 1; "can see", "may see" stay: 7 of 10 gold).
FORECAST_VERBS: frozenset[str] = frozenset({"see"})
FORECAST_MODALS: frozenset[str] = frozenset("will would 'll ’ll wo 'd ’d shall".split())


# Verbs of receiving what others say: "has faced criticism for …", "endured criticism",
# "fielded sharp criticism", "drew praise": their subject is the one spoken of, never the
# source (that is the "from" phrase, or no one). PolNeAR train: such subjects are never a
# gold source of the light-verb cue.
RECEIVING_VERBS: frozenset[str] = frozenset(
    "face endure field receive draw weather attract earn get win meet".split()
)


# Dependents that make "asked" more than a bare participle ("Asked about the deal, …").
BARE_PARTICIPLE_NOT: frozenset[str] = frozenset("nsubj nsubjpass aux auxpass agent".split())


# What those verbs receive ("drew a sharp contrast with" is the subject's own statement).
RECEIVED_OBJECTS: frozenset[str] = frozenset("criticism praise endorsement".split())


# Verbs whose "it" subject anticipates a clause ("It is hard to …", "It means …").
EXPLETIVE_HOSTS: frozenset[str] = frozenset("be mean".split())


# Cue words under "seem"/"appear" that keep their subject as the speaker.
SPOKEN_UNDER_RAISING: frozenset[str] = SPEECH_VERBS | TRAIN_CUE_VERBS


def _without_patient_source(f: _Found) -> None:
    """Clear the source of a reading whose subject is not the one who speaks (PolNeAR marks
    these with no source): an impression ("Carson seems to recognize …", "The statistics
    appear to be fabricated": ``RAISING_CUES`` in the cue), a bare participle "Asked …"
    or "when asked about …" (``ASKED_VERBS``, no auxiliary: the asker is unnamed; train:
    41 of 47 sentence-initial "Asked" cues have no source), and a passive whose patient the
    rules took for the speaker ("Clinton was booed", "Mr. Trump was challenged over …")."""
    if f.subject is None:
        return
    head = _cue_head(f.cue)
    raising = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in RAISING_CUES for t in f.cue)
    if (
        head is not None
        and head.dep_ == "xcomp"
        and head.head.lemma_.lower() in RAISING_CUES
        and head.lemma_.lower() not in SPOKEN_UNDER_RAISING
    ):
        # "Carson seems to recognize …": a thought under the impression has no holder; a
        # statement keeps its speaker ("he appeared to suggest that …")
        raising = True
    asked = (
        head is not None
        and head.lemma_.lower() in ASKED_VERBS
        and head.tag_ in ("VBN", "VBD")
        and head.dep_ == "advcl"
        and not any(c.dep_ in BARE_PARTICIPLE_NOT for c in head.children)
    )
    # the passive that holds the subject: the cue word, or the word it completes ("All three
    # candidates are expected to speak")
    governors = {head.i, head.head.i if head.dep_ == "xcomp" else head.i} if head else set()
    patient = (
        head is not None
        and f.subject.dep_ == "nsubjpass"
        and f.subject.head.i in governors
        and _frame(f.subject.head)[0] not in EXPERIENCER_FRAMES  # "Protesters were frustrated"
    )
    # an anticipatory "it" ("It is hard to imagine …", "it's worth pointing out …", "It means
    # acknowledging …"): the copula's placeholder subject, not a speaker
    expletive = (
        head is not None
        and f.subject.lower_ == "it"
        and f.subject.head.i != head.i
        and f.subject.head.lemma_.lower() in EXPLETIVE_HOSTS
    )
    if raising or asked or patient or expletive:
        f.subject = None
        f.written = None
        f.impersonal = ""


def _aim_or_schedule(f: _Found) -> bool:
    """Whether a reading is a schedule or an aim at an object, not an attribution: the cue
    holds a ``SCHEDULE_ADJECTIVES`` adjective, or its cue word is an ``AIM_OBJECT_VERBS`` verb
    with neither a clausal complement (a belief) nor an infinitive (an aim, ``is_aim``)."""
    if any(t.pos_ == "ADJ" and t.lower_ in SCHEDULE_ADJECTIVES for t in f.cue):
        return True
    head = _cue_head(f.cue)
    if (
        head is None
        or head.pos_ not in ("VERB", "AUX")
        or head.lemma_.lower() not in AIM_OBJECT_VERBS
    ):
        return False
    return not any(c.dep_ in AIM_BELIEF_DEPS or _infinitive(c) for c in head.children)


def _forecast(f: _Found) -> bool:
    """Whether a reading is a forecast of what its subject will undergo, not an attribution:
    its cue word is a ``FORECAST_VERBS`` verb under a ``FORECAST_MODALS`` modal ("would see a
    50 percent increase")."""
    head = _cue_head(f.cue)
    return (
        head is not None
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in FORECAST_VERBS
        and any(c.tag_ == "MD" and c.lower_ in FORECAST_MODALS for c in head.children)
    )


def _infinitive(token: Token) -> bool:
    """Whether ``token`` is an infinitive complement ("to win", "to be elected")."""
    return token.dep_ == "xcomp" and any(
        c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in token.children
    )


def is_aim(attribution: Attribution) -> bool:
    """Whether an attribution is an aim, not a statement (its mode is ``AIM_MODE``): "She
    hopes to win the race", "is seeking to reassure voters". The content is what its subject
    intends to do: no one's statement about the world."""
    return attribution.mode == AIM_MODE


def _aims_in_parse(doc: Doc, attribution: Attribution) -> bool:
    """Whether an attribution's cue holds an ``AIM_VERBS`` verb with an infinitive complement
    and no clausal one ("She hopes to win the race"; not "hopes the stadium will open", a
    belief): what makes its mode ``AIM_MODE``."""
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    for t in cue:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in AIM_VERBS:
            continue
        if any(c.dep_ in AIM_BELIEF_DEPS for c in t.children):
            continue
        if any(_infinitive(c) for c in t.children):
            return True
    return False


def _with_cue_model(
    found: list[_Found], finder: _Finder, model: CueModel, drop: float, add: float
) -> list[_Found]:
    """The rule readings the cue model does not reject (score under ``drop``), plus a reading
    of every verb, copula or noun (``CUE_MODEL_ADD_POS``) no rule took that the model scores
    at least ``add``."""
    kept: list[_Found] = []
    taken: set[int] = set()
    context = _RuleContext(finder, found)
    for f, head in zip(found, context.heads, strict=True):
        if head is not None:
            score = model.score(context.features(head))
            gov = head.head
            if head.dep_ in ("xcomp", "pcomp") and gov.i in context.own:
                # "refused to disclose": one cue over two words, as the governor scores it
                score = max(score, model.score(context.features(gov)))
            if score < drop:
                continue
            f.score = score
        kept.append(f)
        taken.update(t.i for t in f.cue)
    doc = finder.doc
    pos = doc.to_array(POS)  # one C pass instead of a Token object per word
    add_pos = [doc.vocab.strings[p] for p in sorted(CUE_MODEL_ADD_POS)]
    for i in numpy.flatnonzero(numpy.isin(pos, add_pos)).tolist():
        if i in taken or i in context.own:
            continue
        tok = doc[i]
        if finder.inside_quote(tok):
            continue  # a quoted speaker's own words: no reading added there (as the rules)
        if tok.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in tok.children):
            continue  # only a copula with an adjective can be read (``_model_copula``)
        if tok.lemma_.lower() in RULED_LEMMAS:
            continue  # the rules know these verbs and have declined this use
        score = model.score(context.features(tok))
        if score < add:
            continue
        hit = finder.model_cue(tok)
        if hit is not None:
            hit.rule = "model"
            hit.score = score
            kept.append(hit)
    return kept


# A relaying cue around a statement's own cue in the same sentence: '"…," Sanders said, according
# to CNN' / 'Trump said he was happy, according to The New York Times' / '"…," said Day, reports
# USA Today' / 'According to Yahoo News, a spokesman said Friday that …'. PolNeAR marks one
# attribution there, the relayer's, whose content holds the relayed statement with its speaker
# and cue ("Sanders said"). First words of a relaying cue after the statement (lower case):
RELAY_CUE_WORDS: frozenset[str] = frozenset("according reports reported".split())
# ... and of one before it ("Reports X, …" is no relay):
FRONTED_RELAY_CUE_WORDS: frozenset[str] = frozenset({"according"})
# ... and the one-word cue of a sentence-opening poll frame ("In a CNN poll, 38 percent said
# …": ``POLL_RELAYED_VERBS``), which relays only what follows it.
FRAME_RELAY_CUE_WORDS: frozenset[str] = frozenset({"in"})
# Verbs of the relayed statement's own cue: words said or written, not acts reported ("As this
# reporter revealed, …, according to documents" and "Sanders announced his candidacy …" stay).
RELAYED_SPEECH_VERBS: frozenset[str] = frozenset("say tell add write state explain insist".split())
# Marks stripped from the end of a merged content (the comma before "according to").
RELAY_TRAILING_MARKS = " ,;:\u2014-"


def _first_word(text: str, span: Span) -> str:
    words = text[span.start : span.end].split()
    return words[0].lower() if words else ""


def _sentence_start(doc: Doc, span: Span) -> int:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens[0].sent.start_char if tokens is not None and len(tokens) else span.start


def _relays(text: str, doc: Doc, relay: Attribution, inner: Attribution) -> bool:
    """Whether ``relay`` (a ``RELAY_CUE_WORDS`` cue outside quotations) reports ``inner``'s
    statement: the two cues share a sentence, ``inner``'s cue is a verb of saying, and either
    it comes first and the readings share their content or each other's cue ('"…," Sanders
    said, according to CNN': CNN's content holds "Sanders said"), or the relayer is fronted
    and its content holds ``inner``'s cue ("According to CNN, Sanders said …")."""
    if _first_word(text, inner.cue) in RELAY_CUE_WORDS:
        return False
    cue = doc.char_span(inner.cue.start, inner.cue.end, alignment_mode="expand")
    if cue is None or not any(t.lemma_.lower() in RELAYED_SPEECH_VERBS for t in cue):
        return False
    if _sentence_start(doc, inner.cue) != _sentence_start(doc, relay.cue):
        return False
    rc, ic = relay.content, inner.content
    holds_cue = rc.start <= inner.cue.start and inner.cue.end <= rc.end
    if relay.cue.end <= inner.cue.start:
        fronted = FRONTED_RELAY_CUE_WORDS | FRAME_RELAY_CUE_WORDS
        return _first_word(text, relay.cue) in fronted and holds_cue
    if inner.cue.end > relay.cue.start:
        return False
    return (
        holds_cue
        or (ic.start <= relay.cue.start and relay.cue.end <= ic.end)
        or (rc.start < ic.end and ic.start < rc.end and ic.end <= relay.cue.start)
    )


def _relayed(text: str, finder: _Finder, relay: Attribution, inner: Attribution) -> Attribution:
    """The relayer's attribution with the relayed statement, its speaker and cue as content,
    and the chain relayer → speaker."""
    marks = [relay.content, inner.cue] + ([inner.source.span] if inner.source.span else [])
    start = min(inner.content.start, *(m.start for m in marks))
    relay_end = relay.source.span.end if relay.source.span is not None else relay.cue.end
    if relay.cue.end <= inner.cue.start:
        end = max(relay.content.end, inner.content.end)  # fronted: the statement follows
    elif any(relay_end <= qs and qe <= inner.content.end for qs, qe in finder.quotes):
        end = inner.content.end  # the quotation goes on after the relayer
    else:
        before = [m.end for m in marks if m.end <= relay.cue.start]
        if inner.content.end <= relay.cue.start:
            before.append(inner.content.end)
        end = max(before) if before else relay.content.end
    while end > start and text[end - 1] in RELAY_TRAILING_MARKS:
        end -= 1
    content = Span(start, end)
    chain = tuple(relay.chain)
    for link in inner.chain:
        if all(link.name != c.name for c in chain):
            chain += (link,)
    return Attribution(relay.cue, content, relay.source, _mode(finder, content), chain)


def _carries(host: Attribution, inner: Attribution, doc: Doc, finder: _Finder) -> bool:
    """Whether ``inner``, whose content lies in ``host``'s, is said in the host's words, so
    that its chain goes on from the host's (host's speaker → inner's speaker). It is not when:

    - RELAYED_IN_WORDS: the inner cue or its named speaker lies outside the host's words ('The
      four "loopholes" he cited are "…," The Hill reported': The Hill speaks, not through him;
      "is encouraging his supporters to ask why …": they are not in what he says), or lies
      in the host's own name phrase ('"…," said Evan Bayh, a Democrat who declined to run');
    - RELAYER_NOT_RELAYED: the host's own cue lies in the inner content ("the report says the
      company ''reports … according to its own website''": the website is cited inside the
      report's words, not the report inside the website's);
    - SOURCE_PHRASE_OF_SENTENCE: the inner cue is an unquoted "according to" trailing a clause
      of the host cue's sentence ("The top 1 percent would see … go up, according to the Tax
      Foundation"): it names who tells the whole sentence, host and all; one opening the
      reported clause is the host's ("The AP reported that, according to an analysis, …");
    - STATEMENT_AS_OBJECT: the inner cue is a noun the host's cue acts on ("A panel overruled a
      judge's decision that …", "rejected Obama's claim that …"): the host speaks of that
      statement as a thing; its words are the inner source's, relayed by the writer;
    - ONLY_WORDS_RELAY: the host is no report (an act, feeling or aim: "both candidates have
      opposed the plan", "hopes to …"): no words of its subject carry the inner statement."""
    if inner.source.span is None and inner.source.name == UNNAMED:
        return True  # no one new speaks: the host's chain stands (see the nesting loop)
    if not (host.content.start <= inner.cue.start and inner.cue.end <= host.content.end):
        return False
    if inner.content.start <= host.cue.start < inner.content.end:
        return False
    src, own = inner.source.span, host.source.span
    if src is not None and not (host.content.start <= src.start and src.end <= host.content.end):
        return False
    if src is not None and own is not None and own.start <= src.start and src.end <= own.end:
        return False  # a clause on the host's own name ("said Evan Bayh, who declined to …")
    cue = doc.char_span(inner.cue.start, inner.cue.end, alignment_mode="expand")
    host_cue = doc.char_span(host.cue.start, host.cue.end, alignment_mode="expand")
    if cue is None or host_cue is None:
        return is_report(doc, host)
    first = cue[0]
    if (
        first.lower_ in FRONTED_RELAY_CUE_WORDS
        and first.head.i < first.i
        and first.sent.start == host_cue[0].sent.start
        and not any(qs <= first.idx < qe for qs, qe in finder.quotes)
    ):
        return False
    head = _cue_head(list(cue))
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        governor = head.head.head if head.head.dep_ == "prep" else head.head
        if governor in host_cue and head.dep_ in ("dobj", "pobj"):
            return False
    return is_report(doc, host) and not _aims_in_parse(doc, host)


def _with_relays_merged(results: list[Attribution], doc: Doc, finder: _Finder) -> list[Attribution]:
    """Merge each statement relayed by an "according to X" / "reports X" in its sentence into
    the relayer's attribution (``_relays``); the statement's own reading goes. The nearest
    statement before the relayer is taken, else the first one in a fronted relayer's content."""
    text = finder.text
    # a relaying word inside a quotation is the quoted speaker's ("the company ''reports …");
    # a relayer with no speaker found would hide the statement's named one
    relays = [
        a
        for a in results
        if (
            _first_word(text, a.cue) in RELAY_CUE_WORDS
            or (
                text[a.cue.start : a.cue.end].lower() in FRAME_RELAY_CUE_WORDS
                and _sentence_start(doc, a.cue) == a.cue.start
            )
        )
        and finder.quote_at(a.cue.start, a.cue.end) is None
        and a.source.span is not None
    ]
    if not relays:
        return results
    by_cue = sorted(results, key=lambda b: b.cue.start)
    cue_starts = [b.cue.start for b in by_cue]
    merged: dict[int, Attribution] = {}
    dropped: set[int] = set()
    for relay in relays:
        if id(relay) in dropped:
            continue
        lo = bisect_left(cue_starts, _sentence_start(doc, relay.cue))
        mid = bisect_left(cue_starts, relay.cue.start)
        hi = bisect_left(cue_starts, max(relay.cue.end, relay.content.end))
        before = reversed(by_cue[lo:mid])
        after = by_cue[mid:hi]
        inner = next(
            (
                b
                for b in [*before, *after]
                if b is not relay
                and id(b) not in dropped
                and id(b) not in merged
                and _relays(text, doc, relay, b)
            ),
            None,
        )
        if inner is None:
            continue
        merged[id(relay)] = _relayed(text, finder, relay, inner)
        dropped.add(id(inner))
    return [merged.get(id(a), a) for a in results if id(a) not in dropped]


def _without_governed_cues(results: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose cue lies inside a longer cue of another one, looking only at
    the cues that start within the longest cue's length before it (linear, not pairwise)."""
    if not results:
        return results
    by_start = sorted(results, key=lambda a: a.cue.start)
    starts = [a.cue.start for a in by_start]
    longest = max(a.cue.end - a.cue.start for a in results)
    kept = []
    for a in results:
        lo = bisect_left(starts, a.cue.start - longest)
        hi = bisect_right(starts, a.cue.start)
        if not any(
            b is not a
            and a.cue.end <= b.cue.end
            and (b.cue.end - b.cue.start) > (a.cue.end - a.cue.start)
            for b in by_start[lo:hi]
        ):
            kept.append(a)
    return kept


def _rule_readings(finder: _Finder) -> list[_Found]:
    """What the rules read, before the cue model and the title rule: headlines, then each
    token's first matching rule, minus stances inside other statements."""
    found: list[_Found] = finder.headlines()
    for f in found:
        f.rule = "headline"
    rules = (
        finder.according_to,
        finder.hearsay_passive,
        finder.hearsay_adverb,
        finder.verb_cue,
        finder.frame_cue,
        finder.quote_verb,
        finder.light_verb,
        finder.wording_idiom,
        finder.clarity_idiom,
        finder.noun_cue,
        finder.colon_quote,
        finder.document_frame,
        finder.poll_frame,
    )
    for tok in finder.doc:
        for rule in rules:
            hit = rule(tok)
            if hit is not None:
                hit.rule = rule.__name__
                found.append(hit)
                break
    return _drop_inner_stances(found, finder)


class _RuleContext:
    """What the rules read, as the cue model sees it: which tokens head a rule cue, and how
    many rule contents cover each character (a prefix sum, built in one pass)."""

    def __init__(self, finder: _Finder, found: list[_Found]) -> None:
        self.finder = finder
        self.heads = [_cue_head(f.cue) for f in found]
        self.own: dict[int, Span] = {}
        diff = [0] * (len(finder.text) + 2)
        for f, head in zip(found, self.heads, strict=True):
            diff[f.content.start] += 1
            diff[f.content.end] -= 1
            if head is not None:
                self.own.setdefault(head.i, f.content)
        self.cover = list(accumulate(diff))

    def features(self, tok: Token) -> list[str]:
        own = self.own.get(tok.i)
        covered = self.cover[tok.idx] - (1 if own and own.start <= tok.idx < own.end else 0)
        return cue_features(tok, self.finder.inside_quote(tok), own is not None, covered > 0)


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """The index of the first edge ``value`` is under (``len(edges)`` past the last)."""
    return str(bisect_right(edges, value))


# Bucket edges of the reading features: content length in characters, the gap between cue
# and content in characters.
CONTENT_LENGTH_EDGES = (10, 25, 50, 100, 200, 400)
CUE_GAP_EDGES = (3, 11, 41)


def _narration(a: Attribution, finder: _Finder) -> tuple[int, int] | None:
    """The writer's words between the halves of a quotation split around its cue, which the
    content's span holds ('"…," Black said, referring to the RNC. "…"': from the cue to the
    second half), or None when the content is no such quotation."""
    c, q = a.content, a.cue
    if not c.start <= q.start < c.end or finder.quote_at(c.start, c.start + 1) is None:
        return None
    nxt = next((qs for qs, _ in finder.quotes if q.end <= qs < c.end), None)
    return None if nxt is None else (q.start, nxt)


def reading_features(
    results: list[Attribution], readings: list[_Found], doc: Doc, finder: _Finder
) -> list[list[str]]:
    """The reading model's features of each attribution (``a:…``, single words, tags and
    buckets): the rule that read it (``_Found.rule``) and its cue's score bucket, word and
    dependency; the content's length, first word, place relative to the cue and whether it
    has a verb; the source's kind; how many other contents hold its cue, and how many other
    cues its content holds. ``readings[i]`` is what the rules or the cue model read for
    ``results[i]``."""
    text = finder.text
    diff = [0] * (len(text) + 2)
    gaps = [_narration(a, finder) for a in results]
    for a, gap in zip(results, gaps, strict=True):
        diff[a.content.start] += 1
        diff[a.content.end] -= 1
        if gap is not None:
            diff[gap[0]] -= 1
            diff[gap[1]] += 1
    cover = list(accumulate(diff))
    cue_starts = sorted(a.cue.start for a in results)
    spans: dict[tuple[int, int], int] = {}
    for a in results:
        key = (a.content.start, a.content.end)
        spans[key] = spans.get(key, 0) + 1
    out = []
    for a, f, gap in zip(results, readings, gaps, strict=True):
        head = _cue_head(f.cue) or f.cue[-1]
        lemma = head.lemma_.lower() if head.pos_ in CUE_MODEL_POS else head.lower_
        rule = f.rule or "rule"
        score = "none" if f.score < 0 else str(min(9, int(f.score * 10)))
        c, q = a.content, a.cue
        own = 1 if c.start <= q.start < c.end and gap is None else 0
        nest = min(2, cover[q.start] - own)
        held = bisect_left(cue_starts, c.end) - bisect_left(cue_starts, c.start) - own
        if gap is not None:
            # the cues of the narration between the halves are not held: its own among them
            held -= bisect_left(cue_starts, gap[1]) - bisect_left(cue_starts, gap[0])
        shared = max(cover[c.start], cover[max(c.start, c.end - 1)]) - 1
        if c.end <= q.start:
            place, gap = "before", q.start - c.end
        elif c.start >= q.end:
            place, gap = "after", c.start - q.end
        else:
            place, gap = "around", 0
        window = doc.char_span(c.start, c.end, alignment_mode="expand")
        words = [t for t in window if not t.is_space] if window is not None else []
        first = words[0] if words else None
        if first is None:
            opener = "none"
        elif first.lower_ in READING_FIRST_WORDS:
            opener = first.lower_
        else:
            opener = "p:" + first.pos_
        verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        src = a.source
        if src.span is None:
            kind = "nospan"
        elif text[src.span.start : src.span.end].lower() in PERSONAL_PRONOUNS:
            kind = "pron"
        else:
            kind = src.kind
        length = _bucket(c.end - c.start, CONTENT_LENGTH_EDGES)
        feats = [
            "a:r=" + rule,
            "a:s=" + score,
            "a:rs=" + rule + "|" + score,
            "a:l=" + lemma,
            "a:rl=" + rule + "|" + lemma,
            "a:d=" + head.dep_,
            "a:t=" + head.tag_,
            "a:m=" + a.mode,
            "a:lm=" + lemma + "|" + a.mode,
            "a:k=" + kind,
            "a:rk=" + rule + "|" + kind,
            "a:lk=" + lemma + "|" + kind,
            "a:len=" + length,
            "a:mlen=" + a.mode + "|" + length,
            "a:pl=" + place,
            "a:lpl=" + lemma + "|" + place,
            "a:gap=" + place + "|" + _bucket(gap, CUE_GAP_EDGES),
            "a:o=" + opener,
            "a:lo=" + lemma + "|" + opener,
            "a:v=" + str(verb),
            "a:lv=" + lemma + "|" + str(verb),
            "a:n=" + str(nest),
            "a:rn=" + rule + "|" + str(nest),
            "a:h=" + str(min(2, held)),
            "a:sh=" + str(min(2, shared)),
            "a:same=" + str(min(2, spans[(c.start, c.end)] - 1)),
            "a:q=" + str(finder.inside_quote(head)),
            "a:cues=" + str(min(3, len(f.cue))),
            "a:sn=" + score + "|" + str(nest),
            "a:spl=" + score + "|" + place,
            "a:sk=" + score + "|" + kind,
            "a:hp=" + head.dep_ + "|" + head.head.pos_,
        ]
        if head.is_sent_start:
            feats.append("a:s0")
        if "\n" not in text[: q.start]:
            feats.append("a:title")
        out.append(feats)
    return out


def reading_candidates(
    doc: Doc,
    article: Article,
    model: CueModel | None,
    *,
    drop: float = CUE_MODEL_DROP,
    add: float = CUE_MODEL_ADD,
) -> list[tuple[Attribution, list[str]]]:
    """Every reading ``extract_attributions`` weighs with ``model`` as cue model (rule
    readings it scores under ``drop`` dropped, readings it scores at least ``add`` added),
    before the reading model decides, with its ``reading_features`` (eval/train_cues.py
    trains on these, with thresholds under the shipped ones so that the reading model sees
    the readings near them). The chains are not yet extended by nesting."""
    candidates: list[tuple[Attribution, list[str]]] = []
    _extract(doc, article, [], model, candidates, drop, add)
    return candidates


def extract_attributions(
    doc: Doc, article: Article, mentions: list[Mention], *, learned: bool = True
) -> list[Attribution]:
    """Every attributed statement in the article, sorted by content span start.

    ``doc`` must be the parse of ``article.text``. ``mentions`` are canonical entity mentions;
    a source whose span overlaps one gets its entity key. ``learned``: let the shipped cue
    model (``load_cue_model``) reject rule readings PolNeAR would not mark (most statements
    nested in another statement) and add cues the rules do not know; ``False`` gives the
    rules' readings alone.
    """
    model = load_cue_model() if learned else None
    return _extract(doc, article, mentions, model, None, CUE_MODEL_DROP, CUE_MODEL_ADD)


def _extract(
    doc: Doc,
    article: Article,
    mentions: list[Mention],
    model: CueModel | None,
    candidates: list[tuple[Attribution, list[str]]] | None,
    drop: float = CUE_MODEL_DROP,
    add: float = CUE_MODEL_ADD,
) -> list[Attribution]:
    """``extract_attributions`` with the cue model given. When ``candidates`` is a list, the
    readings before the reading model, with their features, are put into it instead and
    nothing is dropped."""
    text = article.text
    doc_text = doc.text  # rebuilt from the tokens on every access: read once
    if len(doc_text) != len(text):
        raise AnalysisError(
            "the parse does not cover the article text; attribution offsets would not map",
            article_id=article.id,
        )
    finder = _Finder(doc, text)
    speakers = _Speakers(doc, mentions, doc_text)
    found = _rule_readings(finder)
    if model is not None:
        found = _with_cue_model(found, finder, model, drop, add)
    found = [f for f in found if not _aim_or_schedule(f) and not _forecast(f)]
    for f in found:
        _without_patient_source(f)
    title = finder.title(found)
    if title is not None:
        title.rule = "title"
        found.append(title)
    # Resolve speakers in text order so pronouns see the speakers before them.
    found.sort(key=lambda f: (f.cue[0].idx, f.content.start))
    seen_cues: set[int] = set()
    results: list[Attribution] = []
    readings: list[_Found] = []
    for f in found:
        if f.cue[0].i in seen_cues or f.content.end <= f.content.start:
            continue
        seen_cues.add(f.cue[0].i)
        cue_span = _cue_span(f.cue, f.content)
        if f.subject is not None:
            source = speakers.resolve(_named_after_quotation(f.subject, f.cue[0]) or f.subject)
            if f.written is not None:
                w = f.written
                name = source.name
                np = source.span
                if np is not None and text[np.start : np.end] == name and np.start < w.idx:
                    name = text[np.start : w.idx].rstrip(" ,\u2014-") or name  # no "who said …"
                span = Span(w.idx, w.idx + len(w.text))
                source = Source(name, source.kind, span, source.entity, source.role)
            sp = source.span
            if sp is not None and sp.start < cue_span.start < sp.end:
                # the speaker's phrase holds its own cue ("a group backing Bush"): it ends
                # before the cue
                clipped = _stripped_span(text, sp.start, cue_span.start)
                if clipped is not None:
                    name = source.name
                    if name == text[sp.start : sp.end]:
                        name = text[clipped.start : clipped.end]  # the name as the span
                    source = Source(name, source.kind, clipped, source.entity, source.role)
                    sp = clipped
            if sp is not None and sp.start < f.content.start < sp.end:
                # a misparse hung the content on the speaker ("According to X, the move
                # reeks …" with "reeks" an apposition of X): the speaker ends before it
                clipped = _stripped_span(text, sp.start, f.content.start)
                if clipped is not None:
                    end = clipped.end
                    while end > clipped.start and text[end - 1] in ",;:\u2014-":
                        end -= 1
                    source = Source(
                        source.name,
                        source.kind,
                        Span(clipped.start, end),
                        source.entity,
                        source.role,
                    )
            elif (
                sp is not None
                and f.content.start < sp.start < f.content.end < sp.end <= cue_span.start
            ):
                # the parser hung the quotation's last words on a speaker inserted before
                # the cue ('"… hunky-dory," Gene Sperling, an adviser, said'): the speaker
                # starts after the content and its closing marks
                start = f.content.end
                while start < sp.end and (text[start].isspace() or text[start] in SPAN_OPENERS):
                    start += 1
                clipped = _stripped_span(text, start, sp.end)
                if clipped is not None:
                    source = Source(source.name, source.kind, clipped, source.entity, source.role)
        else:
            source = _hearsay_noun_source(f) or Source(UNNAMED, "anonymous", None)
        speakers.speakers.append(source)
        chain = [source]
        inner = _anonymous_inner_source(doc, f.content, speakers)
        if inner is not None and source.kind != "anonymous":
            chain.append(inner)
        if source.name.lower() in FIRST_PERSON and f.cue[0].idx:
            # "I think" inside a quotation is the quoted speaker's own voice.
            host = next(
                (
                    r
                    for r in reversed(results)
                    if r.content.start < cue_span.start < r.content.end and r.mode != "indirect"
                ),
                None,
            )
            if host is not None:
                src = host.source
                source = Source(src.name, src.kind, source.span, src.entity, src.role)
                chain = [source]
        results.append(
            Attribution(cue_span, f.content, source, _mode(finder, f.content), tuple(chain))
        )
        readings.append(f)
    # One cue, one attribution: "refused to disclose his returns" is read by both verbs; the
    # governed verb's reading (its cue spans the governor) stands.
    reading_of = {id(a): f for a, f in zip(results, readings, strict=True)}
    results = _without_governed_cues(results)
    readings = [reading_of[id(a)] for a in results]
    # Candidates are looked up by position (bisect), never by scanning every pair.
    by_cue = sorted(results, key=lambda b: b.cue.start)
    cue_starts = [b.cue.start for b in by_cue]
    results = [
        _without_trailing_statement(
            a,
            by_cue[
                bisect_right(cue_starts, a.content.start) : bisect_left(cue_starts, a.content.end)
            ],
            doc,
            finder,
        )
        for a in results
    ]
    results = [_without_trailing_modifier(a, doc, finder) for a in results]
    if candidates is not None:
        candidates.extend(
            zip(results, reading_features(results, readings, doc, finder), strict=True)
        )
        return results
    if model is not None and model.reading_bias is not None:
        feats = reading_features(results, readings, doc, finder)
        kept = [
            (a, f)
            for a, f, fs in zip(results, readings, feats, strict=True)
            if model.score_reading(fs) >= READING_KEEP
        ]
        results = [a for a, _ in kept]
        readings = [f for _, f in kept]
    # after the reading model, which was trained on the readings before these two rules
    results = [
        _with_misparsed_name(a, f, speakers, text) for a, f in zip(results, readings, strict=True)
    ]
    results = [_with_colon_paragraph(a, doc, finder) for a in results]
    results = [_with_message_participle(a, doc, finder) for a in results]
    results = _with_relays_merged(results, doc, finder)
    # Nested attributions: a statement inside another's content extends the inner chain.
    order = {id(b): i for i, b in enumerate(results)}
    by_content = sorted(results, key=lambda b: b.content.start)
    content_starts = [b.content.start for b in by_content]
    longest = max((b.content.end - b.content.start for b in results), default=0)
    out: list[Attribution] = []
    for a in results:
        lo = bisect_left(content_starts, a.content.end - longest)
        hi = bisect_right(content_starts, a.cue.start)
        outer = [
            b
            for b in by_content[lo:hi]
            if b is not a
            and b.content.start <= a.cue.start
            and a.content.end <= b.content.end
            and (b.content.end - b.content.start) > (a.content.end - a.content.start)
            and _carries(b, a, doc, finder)
        ]
        if outer:
            host = min(outer, key=lambda b: (b.content.end - b.content.start, order[id(b)]))
            src = a.source
            if src.span is None and src.name == UNNAMED:
                # a cue with no speaker inside a statement ("Reid felt she needed it without
                # really saying why"): no one new speaks; the host's chain stands
                out.append(Attribution(a.cue, a.content, src, a.mode, host.chain))
                continue
            if src.kind == UNRESOLVED_KIND and src.name.lower() in FIRST_PERSON:
                # "We said the route was dangerous, a resident told the paper": the one who
                # speaks in the first person inside a statement is its speaker (span kept)
                own = host.source
                src = Source(own.name, own.kind, src.span, own.entity, own.role)
                out.append(Attribution(a.cue, a.content, src, a.mode, host.chain))
                continue
            chain = tuple(host.chain)
            for link in a.chain:
                if link.name != chain[-1].name:
                    chain += (link,)
            a = Attribution(a.cue, a.content, a.source, a.mode, chain)
        out.append(a)
    out = [_without_final_stop(a, doc, text) for a in out]
    out.sort(key=lambda a: (a.content.start, a.content.end, a.cue.start))
    if article.outlet:
        out = [_writer_as_outlet(a, article.outlet, finder) for a in out]
        out = [_self_citation_as_outlet(a, article.outlet) for a in out]
    # set last: the rules and models above were made with an aim's quoting mode
    return [replace(a, mode=AIM_MODE) if _aims_in_parse(doc, a) else a for a in out]


def _without_final_stop(a: Attribution, doc: Doc, text: str) -> Attribution:
    """A content outside quotation marks ends before the full stop that ends its sentence
    ("Clinton: Trump will reverse Roe v. Wade." reads "Trump will reverse Roe v. Wade"), as
    PolNeAR marks it (train: 44 such contents without the stop, 26 with it, nearly all of
    those an abbreviation's own point, "the U.S.", which is its word's and stays)."""
    c = a.content
    if c.end - c.start < 2 or text[c.end - 1] != "." or text[c.start] in QUOTE_MARKS:
        return a
    stop = doc.char_span(c.end - 1, c.end)
    if stop is None or not stop[0].is_punct:
        return a  # "the U.S.": the abbreviation's point
    end = _stripped_span(text, c.start, c.end - 1)
    if end is None:
        return a
    return Attribution(a.cue, end, a.source, a.mode, a.chain)


def _writer_as_outlet(a: Attribution, outlet: str, finder: _Finder) -> Attribution:
    """The writer's own first person ("I think …", "we now know …") outside any quotation
    or statement speaks for the article's outlet: the outlet is the source (its span the
    pronoun), so the claim is the outlet's own, not an anonymous one."""
    src = a.source
    if src.kind != UNRESOLVED_KIND or src.name.lower() not in FIRST_PERSON or src.span is None:
        return a
    words = finder.doc.char_span(src.span.start, src.span.end, alignment_mode="expand")
    if not words or finder.inside_quote(words[0]):
        return a  # a quoted speaker's own "I" that no statement claimed
    own = Source(outlet, "outlet", src.span)
    chain = tuple(own if link == src else link for link in a.chain) or (own,)
    return Attribution(a.cue, a.content, own, a.mode, chain)


# SELF_CITATION: words an outlet's name may carry after it ("Breitbart News", "USA Today
# Network") and marks of a web address ("politico.com").
OUTLET_NAME_TAILS: frozenset[str] = frozenset({"news", "network", "com", "org", "co", "uk"})


def _outlet_words(text: str) -> list[str]:
    """The words of a name or an outlet key, folded, letters and digits only, no leading
    "the" and no trailing ``OUTLET_NAME_TAILS`` ("The Washington Post" → washington, post;
    "wash-post" → wash, post; "Breitbart News" → breitbart)."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    words = words[1:] if words[:1] == ["the"] else words
    while len(words) > 1 and words[-1] in OUTLET_NAME_TAILS:
        words.pop()
    return words


def names_outlet(name: str, outlet: str) -> bool:
    """Whether ``name`` names the outlet written ``outlet``: the same words or letters
    ("The Washington Post", "washingtonpost.com"), each word of the outlet the start of one
    of the name's in order ("wash-post": Washington Post, "huff-post": Huffington Post,
    "west-journal": Western Journalism), or its initials ("nyt": New York Times); the name
    may add ``OUTLET_NAME_TAILS`` ("Breitbart News")."""
    words, parts = _outlet_words(name), _outlet_words(outlet)
    if not words or not parts:
        return False
    if "".join(words) == "".join(parts):
        return True
    if len(parts) == 1 and len(words) > 1 and parts[0] == "".join(w[0] for w in words):
        return True
    if len(words) != len(parts):
        return False
    return all(w.startswith(p) for w, p in zip(words, parts, strict=True))


def _self_citation_as_outlet(a: Attribution, outlet: str) -> Attribution:
    """SELF_CITATION: an outlet citing itself ("as The Huffington Post previously reported"
    in a HuffPost article, "Breitbart News responded" in Breitbart's) speaks with its own
    voice: the source is the outlet (span kept), never a second, independent organisation
    (nor a person: without its entity the parse may read the name as one)."""
    src = a.source
    if src.kind not in ("organisation", "publication", "person") or src.role:
        return a  # "Washington Post reporter Jane Doe" is the reporter
    if not names_outlet(src.name, outlet):
        return a
    own = Source(outlet, "outlet", src.span)
    chain = tuple(own if link == src else link for link in a.chain) or (own,)
    return Attribution(a.cue, a.content, own, a.mode, chain)


# Cue verbs whose noun-phrase content is what they are about or aimed at, not words said:
# "responded to Lukashenko's remarks", "accuses once Putin's ally", "praised the deal".
# PolNeAR marks such contents (they stay attributions, so the eval is unchanged); a dossier
# must not show them as statements (``is_statement``).
TOPIC_CUE_VERBS: frozenset[str] = frozenset(
    """accuse respond reply criticize criticise praise blame attack slam thank condemn mock
    talk speak discuss comment refer mention cite question challenge denounce welcome defend
    oppose support back endorse hail laud applaud bash hammer blast tout decry lament rail
    assail congratulate rebuke deride lambast chide charge point focus vote call push
    complain warn worry hope ask""".split()
)


# Documents and messages whose release or filing carries words ("released a statement saying
# …", "filed a lawsuit challenging …"): an act's object that is still a statement.
MESSAGE_OBJECTS: frozenset[str] = FRAME_DOCUMENTS | frozenset(
    "message comment comments announcement letter plan proposal".split()
)

# What an act's object is said to be, which makes the act a characterization and so a
# statement ("judged America a paper tiger", "painted Romney as an out-of-touch rich guy").
CHARACTERIZING_DEPS: frozenset[str] = frozenset("oprd xcomp ccomp acomp".split())
# Verbs that relate their object to another ("compared the president to a duck", "linked the
# breach to a Russian hacking group"): a claim about the object, so a statement.
RELATING_VERBS: frozenset[str] = frozenset("compare link tie connect".split())
# Cue verbs learnt from PolNeAR (``TRAIN_CUE_VERBS``) that act on a noun-phrase object rather
# than say it: "Goldman named 78 new partners", "the judge ordered a recount".
NAMING_ACTS: frozenset[str] = frozenset("name order".split())
# Words between an act and the noun phrase it acts on: its object, a preposition, or a light
# object with its preposition ("took aim at Trump"). Not a feeling's adjective: "are uneasy
# about the deal" is a stance certainty grades as the writer's telling.
ACT_OBJECT_DEPS: frozenset[str] = frozenset("dobj prep".split())


def _impression(head: Token, attribution: Attribution) -> bool:
    """IMPRESSION_IS_NO_STATEMENT: an impression with no one named ("Mr. Weiner's marriage
    seemed to install him …", "The outline of a strategy seems clear", ``RAISING_CUES``) is
    the writer's hedge, which certainty grades; no one says it."""
    return head.lemma_.lower() in RAISING_CUES and attribution.source.span is None


def _act_on_object(doc: Doc, head: Token, attribution: Attribution) -> bool:
    """ACT_ON_OBJECT_IS_NO_STATEMENT: a verb outside the verbs of saying, thinking and taking
    a stance (``CUE_VERBS``, but for ``NAMING_ACTS``), read as a cue by a frame or the cue
    model, whose content is the noun phrase it acts on after it, tells what the subject did,
    not what it said ("Congress passed the 1973 War Powers Act", "Obama appointed White",
    "Romney released his returns", "Republicans abandoned Trump"). PolNeAR marks many such
    acts (``FRAME_CUES``), so they stay attributions. A released or filed message still speaks
    ("released a statement saying …", ``MESSAGE_OBJECTS``), so does a document ("the poll has
    Trump leading"), and so does an object said to be something or related to another
    ("painted Romney as out of touch", ``CHARACTERIZING_DEPS``; "linked the breach to Russia",
    ``RELATING_VERBS``)."""
    lemma = head.lemma_.lower()
    if head.pos_ not in ("VERB", "AUX") or (lemma in CUE_VERBS and lemma not in NAMING_ACTS):
        return False
    content = attribution.content
    if attribution.mode == "direct" or content.start < head.idx:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    # from the object up to the verb: "passed the act", "took aim at Trump"
    path = [root.head]
    if path[0].dep_ == "prep" and path[0].head.i != head.i:
        path.append(path[0].head)
    top = path[-1]
    if top.i != head.i and (top.head.i != head.i or top.dep_ not in ACT_OBJECT_DEPS):
        return False  # not what the verb acts on ("According to …" misparsed)
    on_path = {t.i for t in path}
    said_to_be = {"as", "to"} if lemma in RELATING_VERBS else {"as"}
    for child in head.children:
        if child.i in on_path:
            continue
        if child.dep_ in CHARACTERIZING_DEPS or (
            child.dep_ == "prep" and child.lower_ in said_to_be
        ):
            return False
        if child.dep_ == "nsubj" and child.lemma_.lower() in FRAME_DOCUMENTS:
            return False  # a document tells what it holds: "the poll has Trump leading"
    return root.lemma_.lower() not in MESSAGE_OBJECTS


def is_act(doc: Doc, attribution: Attribution) -> bool:
    """Whether an attribution tells what its source did to an object rather than what it
    said (``_act_on_object``: "Congress passed the 1973 War Powers Act", "Obama appointed
    White"), so that claims can state it as the source's act, not as "X says: …"."""
    _, head = _attribution_cue(doc, attribution)
    return head is not None and _act_on_object(doc, head, attribution)


# Dependencies that make a content a clause of its own, with something said of a subject
# ("allegations that he beat his ex-wife"), rather than a phrase naming a deed ("accusations of
# meddling in international affairs", "allegations of adultery": ``_charge_with_no_one``).
CLAUSE_SUBJECT_DEPS: frozenset[str] = frozenset("nsubj nsubjpass expl csubj".split())
# A charge named by a noun with no one making it ("faced accusations of meddling") is no one's
# statement, the writer's least of all (``_charge_with_no_one``).
CHARGE_WITH_NO_ONE_IS_NO_STATEMENT = True


def _charge_with_no_one(doc: Doc, head: Token, attribution: Attribution) -> bool:
    """CHARGE_WITH_NO_ONE_IS_NO_STATEMENT: a noun cue with no one named whose content is a
    phrase with no subject ("he has faced accusations of meddling in international affairs",
    "the new allegations of adultery against Grayson") names what someone is accused of;
    nobody is said to say it, the writer least of all. PolNeAR marks these ("facing
    accusations of favoritism", "new allegations of adultery": train has "accusations" and
    "allegations" 10 times with no source), so the attribution stays; claims make no
    statement of it. A content with its own subject ("allegations that he
    beat his ex-wife") stays a statement."""
    if not CHARGE_WITH_NO_ONE_IS_NO_STATEMENT:
        return False
    if head.pos_ != "NOUN" or attribution.source.span is not None or attribution.mode == "direct":
        return False
    c = attribution.content
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return not any(t.dep_ in CLAUSE_SUBJECT_DEPS for t in root.children)


# Reflexive objects: "defended himself against claims", "distanced herself from the bill".
REFLEXIVES: frozenset[str] = frozenset(
    "himself herself itself themselves myself ourselves yourself yourselves oneself".split()
)
# Prepositions that say what a reflexive object is ("described himself as a conservative",
# "sees herself like …"): a self-description, which is a statement.
CHARACTERIZING_PREPS: frozenset[str] = frozenset({"as", "like"})
# ... and where it puts itself ("counts herself among those voters who want change").
SELF_PLACING_PREPS: frozenset[str] = CHARACTERIZING_PREPS | {"among"}
# Prepositions of time: "came around only after strenuous lobbying" says when, not what the
# verb acts on (``_preposition_object``).
TIME_PREPS: frozenset[str] = frozenset("after before during since until".split())
# Switches for the deeds ``is_statement`` tells from words (tests turn them off).
SELF_DIRECTED_IS_NO_STATEMENT = True
DEED_INFINITIVE_IS_NO_STATEMENT = True
PREPOSITION_OBJECT_IS_NO_STATEMENT = True
POSTED_PICTURE_IS_NO_STATEMENT = True
# Verbs that put something on line (a cue of PolNeAR's: "tweeted a photo of …").
POSTING_VERBS: frozenset[str] = frozenset("tweet retweet post upload share".split())
# What is posted without being said: "tweeted a chart of …", "tweeting a public crotch-shot".
PICTURE_NOUNS: frozenset[str] = frozenset(
    "photo photograph picture image chart graphic video clip link map screenshot shot selfie"
    " meme gif".split()
)


def _content_words(doc: Doc, content: Span) -> list[Token]:
    """The tokens of a content in the parse, punctuation and spaces left out."""
    window = doc.char_span(content.start, content.end, alignment_mode="expand")
    if window is None:
        return []
    return [t for t in window if content.start <= t.idx < content.end and not t.is_space]


def _content_tops(words: list[Token]) -> list[Token]:
    """The words of a content (``_content_words``) whose heads lie outside it: its top words."""
    return [t for t in words if not words[0].idx <= t.head.idx <= words[-1].idx]


def _self_directed(words: list[Token]) -> bool:
    """SELF_DIRECTED_IS_NO_STATEMENT: a content opening with the cue's reflexive object and a
    preposition ("Carson defended himself against accusations of …", "distanced himself
    from the bill", the headline "Ben Carson Defends Himself Against Claims He Exaggerated
    …") tells what the subject did for or to itself, not what it said. PolNeAR marks these
    (so the attribution stays); a self-description ("described himself as a conservative",
    ``CHARACTERIZING_PREPS``; "calls himself a democratic socialist") stays a statement."""
    if not SELF_DIRECTED_IS_NO_STATEMENT or len(words) < 2:
        return False
    first, nxt = words[0], words[1]
    if first.lower_ not in REFLEXIVES or nxt.tag_ != "IN" or nxt.lower_ in SELF_PLACING_PREPS:
        return False
    # "describes himself on his Facebook account as a conservative": still a self-description
    return not any(
        t.lower_ in CHARACTERIZING_PREPS and t.head.i in (first.i, first.head.i) for t in words
    )


def _deed_infinitive(head: Token, words: list[Token]) -> bool:
    """DEED_INFINITIVE_IS_NO_STATEMENT: an act verb (``ACT_CUE_VERBS``) with an infinitive
    content ("the council voted on Monday to ban smoking", "voted to abolish itself",
    "refused to reinstate the law") tells a decision taken, which claims read as the event
    itself; nobody says "to ban smoking"."""
    if not DEED_INFINITIVE_IS_NO_STATEMENT or len(words) < 2:
        return False
    if head.lemma_.lower() not in ACT_CUE_VERBS or head.pos_ not in ("VERB", "AUX"):
        return False
    return words[0].lower_ == "to" and words[0].dep_ == "aux" and words[1].pos_ in ("VERB", "AUX")


def _preposition_object(head: Token, attribution: Attribution, words: list[Token]) -> bool:
    """PREPOSITION_OBJECT_IS_NO_STATEMENT: a verb outside the verbs of saying and thinking
    (``CUE_VERBS``), read as a cue by its frame ("went on", ``FRAME_CUES``), whose content is
    the noun phrase after its preposition ("Hillary Clinton went on offense against Trump on
    Monday", "goes on a phone spree") names where the subject went, not what it said. A
    characterization ("is seen as a moderate") stays a statement."""
    if not PREPOSITION_OBJECT_IS_NO_STATEMENT or attribution.mode == "direct" or not words:
        return False
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma in CUE_VERBS or words[0].idx < head.idx:
        return False
    # the object first; the phrases after it the parser hangs on the verb ("on Monday")
    tops = _content_tops(words)
    if not tops or tops[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if any(t.head.i != head.i for t in tops[1:]):
        return False
    prep = tops[0].head
    return (
        prep.dep_ in ("prep", "prt")
        and prep.head.i == head.i
        and prep.lower_ not in CHARACTERIZING_PREPS | TIME_PREPS
    )


def _posted_picture(head: Token, attribution: Attribution, words: list[Token]) -> bool:
    """POSTED_PICTURE_IS_NO_STATEMENT: a picture, video or link posted (``POSTING_VERBS``,
    ``PICTURE_NOUNS``: "Trump tweeted a chart of racist crime statistics", "after
    accidentally tweeting a public crotch-shot") is a thing shown, not words said; PolNeAR
    marks the cue, so the attribution stays."""
    if not POSTED_PICTURE_IS_NO_STATEMENT or attribution.mode == "direct" or not words:
        return False
    if head.lemma_.lower() not in POSTING_VERBS:
        return False
    tops = _content_tops(words)
    return (
        len(tops) == 1
        and tops[0].head.i == head.i
        and tops[0].dep_ == "dobj"
        and tops[0].lemma_.lower() in PICTURE_NOUNS
    )


def is_statement(doc: Doc, attribution: Attribution) -> bool:
    """Whether an attribution's content is something said (a clause, or a quoted fragment
    after a verb of saying: '"a disgrace," he said') rather than the topic or target of its
    cue (a noun phrase after ``TOPIC_CUE_VERBS``: "The Kremlin responded to Lukashenko's
    remarks", 'Kremlin responds: "Lukashenko's remarks"'). Claims should state only the
    former as "X says: …". An aim ("She hopes to win", ``is_aim``) is said by no one, nor is
    an impression with no one named (``_impression``: "The outline of a strategy seems
    clear"), nor a charge with no one named (``_charge_with_no_one``: "faced accusations of
    meddling")."""
    if is_aim(attribution):
        return False
    cue, head = _attribution_cue(doc, attribution)
    if head is not None and (
        _impression(head, attribution) or _charge_with_no_one(doc, head, attribution)
    ):
        return False
    words = _content_words(doc, attribution.content)
    if _self_directed(words):
        return False
    if head is not None and (
        _deed_infinitive(head, words) or _posted_picture(head, attribution, words)
    ):
        return False
    c = attribution.content
    window = doc.char_span(c.start, c.end, alignment_mode="expand")
    if window is None:
        return False
    if any(t.pos_ in ("VERB", "AUX") and c.start <= t.idx < c.end for t in window):
        return True
    if head is not None and _preposition_object(head, attribution, words):
        return False
    words = [t for t in window if c.start <= t.idx < c.end and not (t.is_punct or t.is_space)]
    if attribution.mode != "direct" and len(words) <= 1:
        return False  # one unquoted word is an object, not a statement ("Zelensky claims surface")
    lemmas = {t.lemma_.lower() for t in cue} if cue is not None else set()
    return not lemmas & TOPIC_CUE_VERBS


# Cues that tell what their subject did or felt, not what it said or believes: a position
# taken by an act ("both candidates have opposed the deal", "Sen. Ted Cruz is endorsing
# Trump", "Democrats haven't decided which vision they prefer", "he introduced a resolution",
# "several Democrats came around", "Scott threw open his back yard") or a feeling ("the BBC has
# regularly angered prime ministers", "Protesters were frustrated that …", "Lawmakers are still
# uneasy about …", "Deeply divided about how …"). PolNeAR marks many such cues (support 167,
# endorse 104, oppose 59, decide 45 readings on train), so they stay attributions; but their
# subject is an actor, no source of the content: the writer tells it (``is_report``).
# (Not "favor"/"prefer": "economists favor consumption taxes" is an opinion held.)
ACT_CUE_VERBS: frozenset[str] = frozenset(
    """support back endorse oppose vote sign introduce sponsor decide choose refuse decline
    come throw anger frustrate upset annoy divide""".split()
)
# Adjectives of a feeling after a copula ("Lawmakers are still uneasy about …"): a state of
# mind, not a belief the subject states.
FEELING_ADJECTIVES: frozenset[str] = frozenset(
    "uneasy angry upset frustrated annoyed furious divided".split()
)


def is_report(doc: Doc, attribution: Attribution) -> bool:
    """Whether an attribution's source tells its content (says, writes, believes or finds it),
    so that who the source is grades how surely the content is said; False for an act or a
    feeling of its subject (``ACT_CUE_VERBS``, ``FEELING_ADJECTIVES``: "the BBC has regularly
    angered prime ministers", "both candidates have opposed the deal"), which the writer
    tells as fact, and for an aim (``is_aim``), its subject's intention."""
    if is_aim(attribution):
        return False
    _, head = _attribution_cue(doc, attribution)
    if head is None:
        return True
    if head.lemma_.lower() in ACT_CUE_VERBS and head.pos_ in ("VERB", "AUX"):
        return False
    return not (
        head.lemma_.lower() in COPULA_LEMMAS
        and any(c.dep_ == "acomp" and c.lower_ in FEELING_ADJECTIVES for c in head.children)
    )


def cue_relation(doc: Doc, attribution: Attribution) -> str:
    """The verb a dossier shows for an attribution: the lemma of its cue's verb ("denied" →
    "deny", "has claimed" → "claim"), "say" for a cue with no verb ("According to", a colon,
    a signature dash, "X's claims that")."""
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    verbs = [t for t in cue if t.pos_ == "VERB"] if cue is not None else []
    if not verbs or verbs[-1].lower_ == "according":
        return "say"
    return verbs[-1].lemma_.lower()


def own_outlet(source: Source, article: Article) -> bool:
    """Whether a source is the article's own outlet (the writer's voice, or the outlet named
    by itself), keys compared as entity keys compare them."""
    return (
        bool(article.outlet)
        and source.kind == "outlet"
        and fold(source.name) == fold(article.outlet)
    )


def relayed_chain(
    doc: Doc, article: Article, attributions: list[Attribution]
) -> tuple[Source, ...]:
    """The chain a writer relays for unsourced hedges ("reportedly", "allegedly").

    When the article cites exactly one publication or outlet as the origin of its report, that
    citation's chain (e.g. Libération → secret service sources); otherwise ``()``.
    """
    # the writer's own voice (``_writer_as_outlet``: "we must respond now") is the article's
    # outlet citing no one: the outlet's own words are the outlet's, never relayed from itself
    cited = [
        a
        for a in attributions
        if a.source.kind in ("publication", "outlet") and not own_outlet(a.source, article)
    ]
    names = sorted({a.source.name for a in cited})
    if len(names) != 1:
        return ()
    best = max(cited, key=lambda a: (len(a.chain), -a.cue.start))
    return best.chain or (best.source,)


__all__ = [
    "CueModel",
    "cue_candidates",
    "cue_features",
    "cue_relation",
    "extract_attributions",
    "find_quotes",
    "is_act",
    "is_aim",
    "is_report",
    "is_statement",
    "load_cue_model",
    "names_outlet",
    "own_outlet",
    "parse_cue_model",
    "quoted_mask",
    "reading_candidates",
    "reading_features",
    "relayed_chain",
    "split_name_role",
]
