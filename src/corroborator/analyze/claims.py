"""Claims: event frames and states read off the one parse, with who says them and how surely.

A claim is what one sentence says about one event (who met whom, when, for how long, how many
were there) or one state (where someone is). Event words are looked up in named tables; light
verbs ("took place", "held", "began", "lasted") hand their time, duration and subject to the event
noun they govern; pronouns and "it"/"the meeting" are resolved to what the article already named.
Values are read where the syntax puts them, also where a small parser hangs them elsewhere: a
place on the verb's object or time word ("killed a woman in Queens"), on a part of a place ("on
the roof of the store in Banstead"), on the happening the event falls during or the doing it
overlaps ("while working at a prison in Chino"); who an event noun's "of" phrase names ("the
fatal shooting of Grigoropoulos"); the date, place and denial an onset verb lends the event it
starts ("Voting did not begin on Dec. 14"); "no one was injured" as a denial.
Some facts are told in passing or ahead of time, and are read as claims of their own: coming
events ("will defend his title in Moscow on Sept. 8", PLANNED_RULE), the outcome a past act
achieved ("stopped Thompson to retain his titles", RESULT_RULE), the act done with a thing used
("the firearm he used to kill Trayvon Martin", INSTRUMENT_USE_RULE), how many children someone has
("a father of two sons", FAMILY_COUNT_RULE), a fighter's knockouts at a record ("Rahman (45-7-2,
36 KOs)", RECORD_RULE); a quoted "I" is the speaker (SPEAKER_RULE), and a "where" clause places
its event (WHERE_RULE). An aim is nobody's statement ("She hopes to win", "is seeking to
reassure voters", AIM_RULE): the attribution module records it, the claims read past it.
A town named before an event noun of violence or disaster places it ("the Paris attacks",
COMPOUND_PLACE_RULE). A short distance and bearing from a place places the event near it, also
a bearing the parser splits ("60km south west of Bandar Abbas", SPLIT_BEARING_RULE) or hangs on
the scale a quake is measured on (MEASURED_NOUN_BEARING_RULE).
General readings of news syntax: a relative pronoun stands for the noun it describes ("Smith, who
was arrested Wednesday", RELATIVE_RULE), and an event noun a relative clause describes happened
(DESCRIBED_EVENT_RULE); a name set off by a relative clause or an apposition does the verb after
them, however the parser hangs it ("Donald Trump, who is vying to be president, tweeted",
DESCRIBED_SUBJECT_RULE); who an act is done against undergoes it, unless it is a contest ("railed
against Christie", AGAINST_TARGET_RULE); the one a rivalry noun the verb acts on is against, over
or from is the other side ("fought off a challenge from Sanders", RIVAL_NOUN_RULE); "anyone" is
people; a bare cardinal of an event done to people counts people ("the blast killed 12",
BARE_COUNT_RULE), as does an "including" phrase (INCLUDED_COUNT_RULE); "the gunman, identified
as John Smith" is Smith (IDENTIFIED_RULE); places in a possessive part ("in Sydney's west"),
after through/across, or of a site left ("escaped from a prison in Houston", SITE_EXIT_RULE);
"was found dead" (FOUND_DEAD_RULE) and "was found guilty" (VERDICT_RULE) are events. Words
retold as "X said that Y told someone ..." are Y's, relayed by X (RETOLD_SPEECH_RULE); "the
teenager, Kimani Gray," is Gray (ROLE_NAME_APPOSITION_RULE); "riots were reported in Greece on
Saturday" happened there then (REPORTED_EVENT_RULE); "the winter meetings" are a convention, not
people meeting (CONVENTION_MEETINGS).
Words of an event read in a sense that is no event make no claim: a retort ("Trump shot back",
RETORT_RULE), a rise ("spending shot up", RISE_RULE), a mood or an accusation ("a politically
charged visit", "critics charged that", CHARGED_ADJECTIVE_RULE, ACCUSATION_RULE), a description
("cast him as a false conservative", AS_FRAME_RULE; "dismissed Walker as an ineffective leader",
DISMISS_AS_RULE), a response drawn or an abstract building ("drew boos", "did not return
calls", "built his campaign", OTHER_SENSE_OBJECTS/SUBJECTS), a
standing ("moving ahead of Cruz", STANDING_RULE), a party's nomination (PARTY_NOMINATION_RULE),
violence urged ("incite violence", KIND_OBJECT_RULE), a gerund a wanted infinitive governs ("need
to ... get on to defeating Trump", WANTED_GERUND_RULE); fire in an idiom, aimed, of a weapon or
a side, or caught by a person ("hold their feet to the fire", "a cease-fire", "turns her fire on
Trump", "sniper fire", "Sanders caught fire with activists", FIRE_IDIOMS, AIMED_FIRE_RULE,
CAUGHT_FIRE_RULE), "The Blaze" (OUTLET_NAME_RULE), an explosion of an amount, a feeling or a
quarrel ("an explosion in fund-raising", "deaths are exploding", FIGURATIVE_EXPLOSION_RULE), "a
tsunami of questions" (FLOOD_OF_RULE), a plan executed ("executed a marketing campaign",
EXECUTED_PLAN_RULE). A headline infinitive ("Elian, Dad to be
reunited") and an event set for a time ("a summit set for April") are plans (HEADLINE_PLAN_RULE,
SCHEDULED_NOUN_RULE), as is an event noun dated after the day of publication ("a meeting next
week", DATED_AHEAD_RULE); an object event noun keeps its own place ("condemned the attacks in
Kenya", OBJECT_EVENT_PLACE_RULE). What may, must or is wanted to happen is no happening: an event
verb with a modal ("Cruz must win", MODAL_EVENT_RULE), a negated perfect that denies no past
event ("has never been nominated", "has not yet been arrested", NOT_SO_FAR_RULE), an event
noun supposed as the subject of one ("a California victory would keep him going",
HYPOTHETICAL_NOUN_RULE), a passive infinitive
("Dad To Be Reunited", PASSIVE_INFINITIVE_RULE), a verb conjoined to a wanted infinitive ("vowed
to find the bombers and bring them to justice", CONJOINED_INFINITIVE_RULE); nor is a plea or a
question ('"Don't shoot him," she says', '"Did you shoot him?"', PLEA_RULE, QUESTION_RULE), a
standing or a reliance ("held a sizable lead", "counting on his supporters",
OTHER_SENSE_PREPOSITIONS), or a participle naming a standing ("pledged delegates",
DESCRIBING_PARTICIPLE_RULE). A number in several words is read whole ("Twenty-nine people",
COMPOUND_NUMBER_RULE). A once/when/until clause in the present tense tells a time to come, not
where anyone is nor what happened ("once Gonzalez arrives in the United States",
TIME_TO_COME_RULE).
"A fatal hit and run outside a store" is a crash (HIT_AND_RUN_RULE); "were tackling the blaze" and
"fought the blaze" are one act (FIREFIGHTING_RULE); "An Atlanta judge sentenced Nichols" places
the sentencing in Atlanta (OFFICIALS_PLACE_RULE); a he/she told before anyone has been a subject
is the person the sentence before named ("A judge sentenced Brian Nichols. He was convicted of",
OBJECT_ANTECEDENT_RULE).
Counts and places news gives beside the event word: a participle describing a counted noun counts
it ("the 49 people killed at Pulse", COUNTED_PARTICIPLE_RULE), as do "N others" of an event joined
to another kind of event ("killed three people and wounded two others", OTHERS_COUNT_RULE); "the
25-year-old" is a person arrested or charged (AGE_NOUN_RULE); a name described in apposition as a
site somewhere places the event there ("arrested at the Ritz, a hotel in Paris",
APPOSED_SITE_RULE), and a named building followed by its town is placed by the town ("at the
Harry Truman Library in Independence", SITE_TOWN_RULE); "an estimated 50 people" is about 50
(ESTIMATED_COUNT_RULE), and "injuring 80 more" counts what the sentence counted before, else
people (MORE_UNIT_RULE).
A campaign's dated occasion dates what is done in it ("his victory in Tuesday's primary",
"clashed at Saturday's debate", POLITICAL_OCCASION_RULE); a restricting negation affirms ("isn't
just attacking Trump but also the Republicans", NOT_ONLY_RULE). A win is told by other words than
"won": a winner declared ("Sanders was projected as the winner of Wisconsin's primary",
WINNER_DECLARED_RULE) or a win taken ("scored a decisive victory in Tuesday's primary",
WIN_TAKING_RULE), read as the win of the one declared or the taker.
A verb of the tables told of a thing, not the person its event needs, is an act of its own
("released a video on Wednesday", v:release, THING_OBJECT_RULE), as is joining or attending what
is not the event at hand ("formally joined NATO on Friday", v:join, ATTENDED_THING_RULE).
An act the attribution module reads as a cue ("Interior Secretary Ken Salazar rescinded the
changes", attribution.is_act) is the source's act, told by the writer, not "Salazar says: the
changes" (ACT_RULE). A dateline's town ("CONCORD, N.H. - Sen. Bernie Sanders scored …") tells
where the story was filed and does nothing (DATELINE_RULE).
Everything is read from the parse and the outputs of the entity, time and attribution modules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from corroborator.analyze.attribution import (
    PRONOUN_GENDERS,
    cue_relation,
    gender_agrees,
    is_act,
    is_aim,
    is_statement,
    title_gender,
)
from corroborator.analyze.certainty import GRADE_ORDER, assess_certainty
from corroborator.analyze.entities import ROLE_NOUNS
from corroborator.analyze.timex import WEEKDAYS
from corroborator.analyze.wire import WIRE_DATELINE
from corroborator.ingest.clean import DATELINE
from corroborator.model import (
    Article,
    Attribution,
    Certainty,
    Claim,
    Mention,
    Participant,
    Place,
    Quantity,
    Source,
    Span,
    TimeRef,
)
from corroborator.names import fold

# Event classes: the verbs and nouns that name an event of that kind, most specific first.
EVENT_VERBS = {
    "meet": ("meet",),
    "revolt": ("revolt", "rebel", "mutiny"),
    "attack": ("attack", "bomb", "shell", "raid", "invade", "stab"),
    "shoot": ("shoot", "gun"),
    "kill": ("kill", "assassinate", "murder", "execute", "slay"),
    "die": ("die",),
    "injure": ("injure", "wound"),
    "arrest": ("arrest", "detain", "capture", "apprehend", "nab"),
    "charge": ("charge", "indict"),
    "convict": ("convict",),
    "sentence": ("sentence",),
    "release": ("release", "free", "acquit"),
    "escape": ("escape",),
    "resign": ("resign", "quit"),
    "appoint": ("appoint", "nominate", "hire"),
    "crash": ("crash",),
    "explode": ("explode",),
    "acquire": ("acquire", "buy", "purchase"),
    "elect": ("elect",),
    "fire": ("fire", "sack", "dismiss"),
    "win": ("win",),
    "launch": ("launch", "unveil"),
    "rehab": ("rehab",),
}
EVENT_NOUNS = {
    "meet": ("meeting", "session", "encounter", "talks", "talk", "summit", "sit-down", "audience"),
    "revolt": ("revolt", "mutiny", "coup", "uprising", "rebellion", "insurrection", "putsch"),
    "attack": ("attack", "bombing", "raid", "invasion", "offensive", "shelling", "stabbing"),
    "shoot": ("shooting", "gunfire", "shootout"),
    "kill": ("killing", "assassination", "murder", "execution", "slaying", "homicide"),
    "die": ("death",),
    "arrest": ("arrest", "detention"),
    "charge": ("indictment",),
    "convict": ("conviction",),
    "escape": ("escape", "jailbreak"),
    "resign": ("resignation",),
    "appoint": ("appointment", "nomination"),
    "crash": ("crash",),
    "explode": ("explosion", "blast"),
    "quake": ("earthquake", "quake", "tremor", "aftershock", "tsunami"),
    "fire": ("dismissal", "sacking", "firing"),
    "acquire": ("acquisition", "takeover", "purchase", "merger"),
    "sentence": ("sentencing",),
    "elect": ("election", "vote", "referendum", "voting", "balloting"),
    "rehab": ("rehab", "rehabilitation"),
    "riot": ("riot", "rioting", "clash", "unrest", "violence"),
    "blaze": ("fire", "blaze", "inferno", "wildfire", "bushfire"),
    # NOMINAL_EVENTS: nouns of a contest's outcome, told of the one beaten: "a seventh-round
    # stoppage of Rahman", "a sixth round stoppage against Thompson", "his victory over Thompson"
    "win": ("victory", "win", "triumph"),
    # the noun of a verb outside the tables is of that verb's class: "stopped Thompson" and "a
    # stoppage of Thompson" are one event
    "v:stop": ("stoppage",),
}
# Classes whose verb only names the event with a person as its object: "fired the coach",
# not "fired teargas"; "released the hostages", not "released a statement".
PERSON_OBJECT_CLASSES = frozenset({"fire", "release", "appoint", "arrest", "charge", "sentence"})
# EXECUTED_PLAN_RULE: verbs of a class that kills only when a person is their object: "executed
# two of them", "Orozco be executed" kill; "executed an immoral marketing campaign", "will
# continue to execute our campaign plan", "executing the philosophy", "will execute with aplomb"
# (no object) carry out a plan (PolNeAR train and dev: 10 of 12 uses a plan; the thing done is
# read as v:execute, THING_OBJECT_RULE).
PERSON_OBJECT_VERBS = frozenset({"execute"})
# THING_OBJECT_RULE: such a verb told of a thing is an act of its own, read as a verb outside the
# tables with its date, place and denial ("released a video on Instagram on Wednesday", "did
# not release the transcripts", "the statement was released Sunday": v:release), never as the
# table's event done to a person.
THING_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
THING_OBJECT_POS = frozenset({"NOUN", "PROPN"})
# Objects that make "meet" a matter of standards, not a meeting: "did not meet expectations".
NOT_MEETING_OBJECTS = frozenset(
    {
        "expectation",
        "demand",
        "target",
        "requirement",
        "deadline",
        "standard",
        "criterion",
        "need",
        "goal",
        "condition",
        "threshold",
        "obligation",
        "end",
        "fate",
        "death",
    }
)
# Objects that make "win" a matter of approval or favour, not a contest won: "had won praise
# from the judge", "won the support of", "won their hearts".
NOT_CONTEST_OBJECTS = frozenset(
    {
        "praise",
        "acclaim",
        "support",
        "approval",
        "respect",
        "admiration",
        "heart",
        "favor",
        "favour",
        "sympathy",
        "trust",
        "backing",
        "attention",
        "plaudit",
        "applause",
        "release",
        "reprieve",
        "right",
        "permission",
        "confidence",
    }
)
# Event nouns with another sense under some heads: "fire" is gunfire when opened, returned,
# exchanged or ceased, or when someone comes "under" it, not a blaze ("opened fire on the
# crowd" is a shooting, OBJECT_SYNONYMS).
OTHER_SENSE_HEADS = {
    "fire": frozenset({"open", "return", "exchange", "trade", "cease", "hold", "draw", "under"}),
    # PARTY_NOMINATION_RULE: what a candidate seeks, wins or competes "for"
    "nomination": frozenset(
        "seek win secure clinch capture pursue want earn accept claim lose lock for".split()
    ),
}
# AIMED_FIRE_RULE: fire that is the object of aiming or facing is shots or criticism, never a
# blaze: "will direct their fire against Mr. Trump", "turns her fire on Trump", "concentrating
# her fire on Mr. Trump", "will face the same partisan fire" (a blaze is fought, tackled, put
# out; "the fire turned deadly", a subject, stays one).
AIMED_OBJECT_HEADS = {
    "fire": frozenset({"direct", "turn", "concentrate", "focus", "train", "aim", "face"}),
}
# Modifiers that make "violence" a kind of crime rather than a riot: "gun violence", "domestic
# violence", "sexual violence" (a bare "a week of violence in Athens" is the unrest).
OTHER_SENSE_MODIFIERS = {
    # AIMED_FIRE_RULE: fire of a weapon or a side is shots or criticism, not a blaze: "gunned
    # down by sniper fire", "came under rocket fire", "the same partisan fire"
    "fire": frozenset(
        "sniper artillery mortar rocket machine-gun cannon tank enemy friendly automatic"
        " partisan".split()
    ),
    "violence": frozenset(
        "gun domestic sexual gang police political family partner dating youth".split()
    ),
    # CONVENTION_MEETINGS: a meeting of a season or a calendar is a convention or an assembly,
    # not people meeting: "baseball's winter meetings in Las Vegas", "the annual meeting of
    # shareholders", "a general meeting" (a story's "met with Teixeira" is another event)
    "meeting": frozenset("winter spring summer annual general quarterly".split()),
    # PARTY_NOMINATION_RULE: "the GOP nomination", "the Democratic presidential nomination"
    "nomination": frozenset(
        "gop republican democratic democrat presidential party vice-presidential".split()
    ),
}
# CONVENTION_MEETINGS: a meeting "with" or "between" people is people meeting, whatever its
# calendar ("her quarterly meeting with HP's nine directors", "annual meetings in Beijing between
# senior Chinese and American officials").
PARTNERED_SENSE_NOUNS = frozenset({"meeting"})
PARTNERED_SENSE_PREPOSITIONS = frozenset({"with", "between"})
# PARTY_NOMINATION_RULE: "nomination" is a party's choice of its candidate, a contest and not an
# appointment, when a party or the presidency qualifies it ("the GOP nomination", "the Democratic
# nomination for president") or it is what a candidate seeks, wins or competes for ("seeking the
# nomination", "had secured the nomination", "compete vigorously for the nomination"); "Obama's
# nomination of Merrick Garland" stays an appointment.
# (entries "nomination" of OTHER_SENSE_MODIFIERS and OTHER_SENSE_HEADS)
# CAST_VOTE_RULE: a vote that is someone's is the ballot they cast, not an election: "Mrs.
# Clinton's 2002 vote to authorize the use of force in Iraq", "his vote for the bill", "cast
# their votes", "the Senate's vote"; a vote of a day or a place ("Tuesday's vote", "Britain's
# vote") is the poll.
BALLOT_NOUNS = frozenset({"vote"})
CASTER_POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})
CASTER_KEYS = ("person:", "org:", "group:")
# KIND_OBJECT_RULE: a bare event noun that is the object of these verbs is a kind of happening
# urged, excused or feared, not one that happened: "content meant to incite violence",
# "condoned violence", "advocating violence"; with a determiner it is the one told ("condemned
# the violence in Athens" is the unrest).
KIND_OBJECT_HEADS = {
    "violence": frozenset(
        "incite provoke encourage promote advocate condone glorify preach threaten renounce reject"
        " condemn denounce tolerate justify excuse fear prevent stop end".split()
    ),
}
KIND_OBJECT_DETERMINERS = frozenset({"det", "poss"})
# Event nouns that, capitalised inside a sentence, are a title or a name rather than the event:
# "the sequel Catching Fire", "CATCHING FIRE" (a headline in capitals loses its fire too).
TITLE_PRONE_NOUNS = frozenset({"fire"})
# OUTLET_NAME_RULE: event nouns that, written "Blaze" after "The" inside a sentence, are the name
# of an outlet ("according to The Blaze", "The Blaze reported"); a headline in capitals ("DIED
# IN A BLAZE") or at the sentence's start keeps its blaze.
NAME_PRONE_NOUNS = frozenset({"blaze"})
NAME_ARTICLES = frozenset({"The"})
# FIRE_IDIOMS: fixed phrases in which an event noun is no happening, matched on lemmas around it:
# "hold their feet to the fire", "playing with fire", "out of the line of fire", "a durable
# cease-fire" (a truce), "pants on fire" (a rating of a lie). PolNeAR train and dev: 10 uses,
# none a blaze.
IDIOM_PHRASES = {
    "fire": (
        ("foot", "to", "the", "fire"),
        ("play", "with", "fire"),
        ("line", "of", "fire"),
        ("cease", "-", "fire"),
        ("pant", "on", "fire"),
    ),
}
# CAUGHT_FIRE_RULE: a person who "caught fire" won sudden favour, not flames: "Sanders ... quickly
# caught fire with the party's progressive activists", "Ben Carson, the physician who briefly
# caught fire last year"; "the bank caught fire", "a river so polluted it caught fire" burn.
CAUGHT_FIRE_VERBS = frozenset({"catch"})
# FIGURATIVE_EXPLOSION_RULE: "explode"/"explosion" told of an amount, a feeling or a quarrel
# (OUTBURST_NOUNS), or of an activity (a bare -ing noun), is a sudden growth or outburst, not a
# blast: "an explosion in fund-raising", "the explosion of rioting and looting", "an explosion of
# anger", "U.S. deaths from Alzheimer's are exploding", "the audience was so exploding in
# applause", "a simmering dispute exploded into two years of warfare"; so is a verb that
# exploded to do something ("the prison population has since exploded to hold a record of 2.3
# million inmates"). "A bomb exploded at a bank", "an explosion in Baghdad", "the explosion of a
# car bomb" stay blasts.
EXPLOSION_WORDS = frozenset({"explode", "explosion"})
OUTBURST_PREPOSITIONS = frozenset({"in", "into", "of"})
OUTBURST_NOUNS = frozenset(
    # amounts
    "number population cost price spending debt deficit demand growth death case crime piracy"
    " use popularity interest enrollment enrolment sale traffic membership"
    # feelings and noise
    " anger rage fury outrage emotion joy applause laughter cheer cheering"
    # quarrels
    " dispute tension feud row quarrel conflict controversy scandal".split()
)
OUTBURST_INFINITIVE_DEPS = frozenset({"xcomp"})
# FLOOD_OF_RULE: a wave of disaster with "of" and what it brings is a great many of them, no
# wave: "this 28-page tsunami of questions", "a tsunami of political books", "the tsunami of
# adults with autism" (PolNeAR train: 3 of its 7 tsunamis, none a real one); "the tsunami of
# 2004", "the tsunami of Dec. 26" (a date) stay the wave.
FLOOD_NOUNS = frozenset({"tsunami"})
# PLURAL_ONLY_SENSE_RULE: event nouns that name the event only in the plural: "held talks",
# "talks between the two sides" are a meeting; "any talk that she won't bounce back", "talk of a
# coup" is what goes round, no meeting.
PLURAL_ONLY_SENSE_NOUNS = frozenset({"talk"})
# RETORT_RULE: "shoot"/"fire" with "back" tells words said back, not shots, when words or a
# topic go with it: "'Jeb wants to be a tough guy tonight,' Trump shot back", "Sanders shot back,
# 'Secretary Clinton ...'", "shot back that the journalist ...", "Rubio fired back at Christie
# over New Jersey's credit rating". Bare or with a target alone ("police shot back at the
# gunman", "fired back with rifles") it is still a shooting.
RETORT_VERBS = frozenset({"shoot", "fire"})
RETORT_PARTICLES = frozenset({"back"})
RETORT_SPEECH_DEPS = frozenset({"ccomp", "parataxis"})
RETORT_TOPIC_PREPOSITIONS = frozenset({"over", "about"})
# RISE_RULE: "shoot up" with no object is a steep rise ("health care spending shot back up");
# "shot up a school" (an object) stays a shooting.
RISE_VERBS = frozenset({"shoot"})
RISE_PARTICLES = frozenset({"up"})
# CHARGED_ADJECTIVE_RULE: "charged" qualifying a noun, or graded by an adverb of manner, is
# tense, not accused: "a politically charged visit", "the charged term", "an emotionally charged
# debate"; "was charged with murder", "charged Van Dyke with first-degree murder" stay charges.
CHARGED_ADJECTIVE_DEPS = frozenset({"amod"})
CHARGED_DEGREE_ADVERBS = frozenset(
    "politically emotionally racially highly sexually ideologically religiously morally".split()
)
# ACCUSATION_RULE: "charge" with a clause of what is alleged is an accusation spoken, not a
# criminal charge: "Critics charged that the hearing failed to ..."; "charging ahead" is a rush.
CHARGE_CLAUSE_DEPS = frozenset({"ccomp"})
CHARGE_RUSH_WORDS = frozenset({"ahead", "forward"})
# AS_FRAME_RULE: "cast X as Y" (and "paint", "portray" ... "as") tells how someone describes X,
# not an act on X: "casting him as a false conservative", "cast the attacks as the consequence
# of failed leadership" ("casting a ballot" and "cast actor Michael B. Jordan as the Human
# Torch" are told apart only by the object: a film role keeps it, OTHER_SENSE_OBJECTS does not).
AS_FRAME_VERBS = frozenset({"cast", "paint", "portray", "depict", "frame", "brand", "characterize"})
AS_FRAME_PREPOSITION = "as"
AS_FRAME_ROLE_OBJECTS = frozenset({"actor", "actress", "star"})
# DISMISS_AS_RULE: "dismissed Walker as an ineffective leader", "dismissing O'Donnell as a
# disgruntled former employee" belittle, as "cast X as Y" describes: no firing. Dismissed "as"
# an office without "a"/"an" is still a firing ("was dismissed as Trump's campaign manager").
DISMISS_AS_VERBS = frozenset({"dismiss"})
DISMISS_AS_DESCRIBING_DETERMINERS = frozenset({"a", "an"})
# OTHER_SENSE_OBJECTS: objects that make a verb of an event tell something else, a response drawn,
# a description or a standing: "drew boos / large crowds / criticism / a contrast", "cast doubt",
# "did not return calls", "built his campaign / base of support / a coalition". "drew up a
# constitution", "built a wall", "returned the money" stay events.
OTHER_SENSE_OBJECTS = {
    "draw": frozenset(
        "crowd boo criticism attention contrast distinction comparison line ire praise scrutiny"
        " applause cheer laughter laugh rebuke condemnation backlash interest support parallel"
        " conclusion lesson inspiration protest protester ovation audience response reaction"
        " complaint question concern fire comment outrage jeer gasp rebuttal".split()
    ),
    "cast": frozenset("doubt shadow pall light aspersion eye glance net spell blame".split()),
    "return": frozenset(
        "call message email e-mail request inquiry phone favor favour volley serve".split()
    ),
    "build": frozenset(
        "campaign base brand career coalition support momentum case relationship reputation"
        " following lead bond trust consensus movement network empire profile name legacy"
        " majority organization team record argument narrative image identity".split()
    ),
    # "held a sizable lead in the Republican race", "holds an edge among young voters": a standing
    "hold": frozenset("lead edge advantage majority".split()),
}
# OTHER_SENSE_SUBJECTS: subjects that make a verb tell a turn of talk or a trend, not an act:
# "attention returned to the economy", "the focus returns to Iowa", "Momentum builds to tax
# consumption more"; "the troops returned home" stays an event.
OTHER_SENSE_SUBJECTS = {
    "return": frozenset(
        "attention focus spotlight conversation talk debate eye question issue subject topic"
        " theme discussion".split()
    ),
    "build": frozenset("momentum pressure support tension anticipation excitement".split()),
}
# DESCRIBING_PARTICIPLE_RULE: these participles before a noun name a standing of people in an
# election, not an act done: "758 pledged delegates", "registered voters", "elected officials"
# (PolNeAR train: 50, 32 and 23 uses). Others keep their act ("the stolen car": a theft).
DESCRIBING_PARTICIPLE_DEPS = frozenset({"amod"})
DESCRIBING_PARTICIPLES = frozenset({"pledge", "register", "elect"})
# OTHER_SENSE_PREPOSITIONS: a verb with one of these prepositions tells a reliance, not an act:
# "Sanders is counting on the fervor of his supporters" ("counted the ballots" stays an act).
OTHER_SENSE_PREPOSITIONS = {"count": frozenset({"on", "upon"})}
# STANDING_RULE: "move ahead of Cruz" (in a poll), "moved past Rubio", "moving ahead with the
# plan" tell a standing or going on, not a move from place to place ("moved to Phoenix").
STANDING_VERBS = frozenset({"move"})
STANDING_WORDS = frozenset({"ahead", "past"})
# SCHEDULED_NOUN_RULE: an event noun fixed for a time by "set", "scheduled", "slated" or "due" is
# a plan, not a happening: "a NATO summit set for April", "the talks, scheduled for Monday",
# "the meeting is set for next week" (the class "<class>@planned", PLANNED_INSTANCE).
SCHEDULED_NOUN_DEPS = frozenset({"acl"})
SCHEDULED_PREPOSITIONS = frozenset({"for"})  # not "on": "the fire was set on Friday" (arson)
# WANTED_GERUND_RULE: the dependency of a gerund that is a preposition's object ("get on to
# defeating Trump"), which inherits a wanted infinitive above it (_wanted_gerund).
GERUND_UNDER_PREPOSITION = "pcomp"
# ... but not under a preposition of means or time: the means is the act done towards the want
# ("sought to regain the initiative by pledging further police reform", "found ways to press his
# agenda through appending provisions"), and a time phrase may date a done act ("was persuaded to
# support the senator after meeting Mr. Cruz's father"); the parse often hangs them on the
# infinitive wrongly ("quashed rumors he was planning to write a book by tweeting that ...").
# "for" is a reason ("refused to give me credit for pleading guilty", "criticize the media for
# ignoring them").
DONE_GERUND_PREPOSITIONS = frozenset(
    "by through via after before since upon following while when for".split()
)
# HEADLINE_PLAN_RULE: a headline's bare infinitive is what is to happen: "Elian, Dad to be
# reunited", "Obama to visit Cuba" (a sentence's root with "to" and a subject, no verb above it;
# "To create an environment of growth." has no subject and is a purpose, not a plan).
HEADLINE_PLAN_AUX = frozenset({"to"})
VERB_CLASS = {lemma: cls for cls, lemmas in EVENT_VERBS.items() for lemma in lemmas}
NOUN_CLASS = {lemma: cls for cls, lemmas in EVENT_NOUNS.items() for lemma in lemmas}

# Modifiers that make an event noun an attempt, not the event: "the attempted murder of a man
# shot in the back" tells of no killing. Such claims are of the class "<class>@attempt", kept
# apart from the story's event of that class (its date is not the date of the killing).
ATTEMPT_MODIFIERS = frozenset({"attempted", "attempt", "would-be"})

# Modifiers that single out one of several happenings or a part of one: "the initial tremor
# lasted just over 10 seconds", "the second meeting", "the final round". Such claims are of
# the class "<class>@<modifier>", apart from the story's event of that class.
PART_MODIFIERS = frozenset(
    {"initial", "first", "second", "third", "final", "last", "previous", "earlier", "main"}
)

# Verbs that put the event named by their subject in sequence with another ("Monday's shooting
# follows two last week in Atlanta", "Thursday's shooting came just weeks after a driver shot
# eight people"): their objects, times and places are the other event's, not the subject's.
SEQUENCE_VERBS = frozenset({"follow", "come", "precede"})
# Words that join a clause or a noun to an event as earlier or later than it ("after a driver
# shot eight people", "before the 2004 tsunami"): an event of the same class joined so is
# another instance, keyed "<class>@earlier" or "<class>@later".
# Classes one violent happening is told by: a sequence verb that puts one after another of
# them tells of two instances ("the shooting came weeks after a driver killed eight"), while
# "Gray died after he was shot" tells of one (no sequence verb, two classes).
VIOLENCE_CLASSES = frozenset({"kill", "shoot", "attack", "injure", "die"})
SEQUENCE_MARKS = {"after": "earlier", "since": "earlier", "following": "earlier", "before": "later"}

# Classes whose verb kills when told with a complement of death ("shot to death", "shot dead",
# "stabbed to death"): such a claim is of the class "kill", so the one dead is not counted
# among the shot ("shot to death one person and injured two others" vs "shot three people").
FATAL_CLASSES = frozenset({"shoot", "attack", "injure"})
DEATH_COMPLEMENTS = frozenset({"death", "dead", "fatally", "mortally"})

# Light and aspectual verbs: they state an event named by their subject or object noun
# ("the meeting took place", "held talks", "began a revolt", "the meeting lasted three hours").
LIGHT_VERBS = frozenset(
    {
        "take",
        "hold",
        "have",
        "begin",
        "start",
        "launch",
        "stage",
        "attempt",
        "announce",
        "end",
        "lead",
        "organise",
        "organize",
        "call",
        "attend",
        "last",
        "join",
        "host",
        "happen",
        "occur",
        "follow",
        "come",
        "carry",
        "conduct",
        "plan",
        "see",
        "strike",
        "hit",
        "rock",
        "jolt",
        # "made an arrest in the case": the object noun happened (OBJECT_LIGHT_VERBS)
        "make",
        # "the store caught fire", "rioters set fire to a bank", "the fire was set Friday"
        "catch",
        "set",
        # "clashes broke out", "riots erupted", "violence flared": the subject noun happened
        "break",
        "erupt",
        "flare",
        # "fresh riots were reported in Greece on Saturday" (PASSIVE_LIGHT_VERBS)
        "report",
    }
)
# REPORTED_EVENT_RULE: an event noun that is the passive subject of a verb of reporting happened
# where and when it was reported ("Fresh riots were reported in Greece on Saturday December 13":
# riots in Greece that Saturday). Only the agentless passive: "police reported a robbery on
# Monday" may report one of days before, so the object of the active verb is no event it
# states, and "The meeting was first reported by Politico" stays Politico's report.
PASSIVE_LIGHT_VERBS = frozenset({"report"})

# Light verbs that state the event noun of their object (or passive subject) only: "held talks",
# "talks were held"; an active subject is no event they state ("Brooklyn riot ... did not have
# a gun", a headline parsed with the riot as the subject of "have").
OBJECT_LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "launch",
        "stage",
        "attempt",
        "announce",
        "lead",
        "organise",
        "organize",
        "call",
        "attend",
        "join",
        "host",
        "carry",
        "conduct",
        "plan",
        "see",
        "make",
        "catch",
        "set",
        "report",
    }
)

# Verbs of onset whose clausal subject or complement is the event they start: "voting did not
# begin in Turkmenistan on Dec. 14", "police began firing on Friday". The event takes the
# onset verb's negation, date and place (a "did not begin" denies it happened then).
ONSET_VERBS = frozenset({"begin", "start", "commence"})
ONSET_DEPS = frozenset({"csubj", "xcomp"})
# Places of a gerund in a noun's stead ("Voting did not begin", "after the shooting"): one the
# tagger called a verb is read as the event noun of its form when the tables know it.
GERUND_NOUN_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj"})

# Light verbs that can take "it" for an event just named: "it took place on July 1".
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "last", "begin", "start", "end"})

# Heads under which an infinitive event did happen: "managed to escape".
REALISED_HEADS = frozenset(
    {
        "manage",
        "go",
        "proceed",
        "happen",
        "live",
        "force",
        "compel",
        "oblige",
        "begin",
        "start",
        "continue",
        "fail",
    }
)
# INSTRUMENT_USE_RULE: an infinitive after a past "used" with the thing used (its object, or the
# noun it describes) tells the act was done with it: "the firearm he used to kill Trayvon
# Martin", "used a rifle to kill nine people"; not the habit "used to live in Ohio", a use to
# come ("will use drones to strike"), denied ("did not use a gun to kill him") or what a thing
# is for ("coal, which is used to produce power", "a system used to track documents", unless
# a "by" phrase names who used it). Who used it did the act.
INSTRUMENT_USE_VERBS = frozenset({"use"})
INSTRUMENT_USE_TAGS = frozenset({"VBD", "VBN"})
INSTRUMENT_DESCRIBING_DEPS = frozenset({"relcl", "acl"})
RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})
RELATIVE_ADVERB_TAG = "WRB"
# spaCy entity types that name people: a person, or a nationality or group ("Americans").
PERSON_ENTITY_TYPES = frozenset({"PERSON", "NORP"})
GENERAL_USE_TAGS = frozenset({"VBZ", "VBP", "VBG"})
# CHANCE_RULE: a chance or opportunity to do something tells it was done only when it was had,
# got, taken or seized ("had the opportunity to meet"), not one stood, given or hoped for ("we
# stand an excellent chance to win it on Tuesday", "gives him a chance to forge").
CHANCE_NOUNS = frozenset({"chance", "opportunity"})
CHANCE_TAKING_VERBS = frozenset({"have", "get", "take", "seize", "use"})
CHANCE_TAKEN_TAGS = frozenset({"VBD", "VBN"})
# PROSPECT_RULE: an event noun told as the prospect or possibility of one is not one that
# happened: "the prospect of a Donald J. Trump nomination", "the possibility of another attack".
PROSPECT_NOUNS = frozenset({"prospect", "possibility", "likelihood", "specter", "spectre", "risk"})
PROSPECT_PREPOSITION = "of"
# RESULT_RULE: verbs of a contest's outcome whose to-infinitive after a past act tells what
# the act achieved, not only what was wanted: "blasted Rahman in Mannheim on Saturday night to
# retain the titles", "beat Spain 2-1 to win the cup", "stopped Thompson to keep his belts". The
# outcome happened when and where the act did (it takes the act's date and place).
RESULT_VERBS = frozenset(
    {"retain", "win", "claim", "keep", "clinch", "capture", "regain", "reclaim", "seal", "defend"}
)
# Heads under which an infinitive event did NOT happen: "failed to reach a deal".
FAILED_HEADS = frozenset({"fail"})

# Cues that deny their content: "denied meeting him", "rejected claims that he resigned".
# WITHHOLDING_RULE: a cue with a recipient (a dative) withholds its object, denying no event:
# "an effort to deny Trump the nomination", "the court denied the company a permit".
DENIAL_CUES = frozenset({"deny", "reject", "refute", "dispute"})

# Adverbs that make a negation about a repetition or a state so far, not a denial that the
# event happened: "never agreed to it again", "has not yet been charged", "no longer plays".
NOT_A_DENIAL = frozenset({"again", "anymore", "yet", "longer"})

# NOT_ONLY_RULE: a negation followed by a word of restriction ("isn't just attacking Trump but
# also the Republicans", "did not merely meet him") says the act is not all there is, and
# affirms it: no denial.
NOT_ONLY_WORDS = frozenset({"just", "only", "merely", "simply"})
# NOR_RULE: how "neither" hangs on the verb or subject it denies ("neither confirmed": preconj;
# "Neither Clinton nor her allies": det).
NEITHER_DEPS = frozenset({"preconj", "det", "advmod"})

# Arguments that deny an event for their whole role: "nobody was hurt", "none were injured";
# "no one" and "no people" are read by their determiner "no".
NEGATIVE_ARGUMENTS = frozenset({"nobody", "none", "nothing", "noone"})
# ADDITIVE_DENIAL_RULE: "also" or "too" inside a negation ("Salazar didn't also rescind a rule")
# denies a further act beside one told, not the act the story tells: no claim either way ("Smith
# also did not attend", the additive outside the negation, is a denial).
ADDITIVE_WORDS = frozenset({"also", "too"})

# Verbs of finding out and making known: "has not been determined / identified / released"
# says what is not known yet, not that something did not happen.
NOT_YET_VERBS = frozenset(
    """determine identify release name confirm establish disclose reveal announce know
    find locate recover""".split()
)
# Heads whose "that" clause is a purpose or a demand, not a report: "to ensure that species
# are not harmed", "demanded that he resign".
PURPOSE_HEADS = frozenset({"ensure", "guarantee", "demand", "require", "insist", "urge"})

# Event nouns that are also headline verbs of criticism: between two names the tagger may read
# the verb as a plural noun ("Romney blasts Trump as a fraud" is no explosion).
HEADLINE_VERB_NOUNS = frozenset({"blasts"})

# Subordinators that make a clause a question or a condition, not a claim:
# "it was unclear if the fighters would come to Belarus".
CONDITIONAL_MARKS = frozenset({"if", "whether", "unless"})
# TIME_TO_COME_RULE: a clause opened by once/when/whenever/until whose verb is in the present
# tense tells a time to come or a habit, not a happening: "once Gonzalez arrives in the United
# States, the agency will begin", "when he comes to South Carolina" (the past "when he was in
# Burlington" tells one).
TIME_TO_COME_MARKS = frozenset({"once", "when", "whenever", "until", "till"})
PRESENT_TENSE_TAGS = frozenset({"VBZ", "VBP"})
# A condition told by inversion, the auxiliary before its subject in an adverbial clause:
# "should he actually win, ...", "had they won the seat, ...", "were she to resign, ...".
INVERTED_CONDITION_AUX = frozenset({"should", "had", "were"})
# Verbs that ask, and the words that open the question they ask: "asked our followers which
# candidate won the debate" says nothing of who won.
ASKING_VERBS = frozenset({"ask", "wonder", "question", "inquire", "poll"})
QUESTION_WORDS = frozenset({"which", "who", "what", "whom", "whose", "how", "why", "when"})

# Nouns whose content clause is rumour, not report: "speculations that Prigozhin wasn't exiled".
RUMOUR_NOUNS = frozenset({"speculation", "rumour", "rumor", "conjecture", "theory", "guess"})

# Verbs of belief: their content is what someone thinks, not what they report.
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "doubt", "guess", "feel"})

# Verbs that state who was at an event, or how many were, without naming it again:
# "35 people were invited", "Naryshkin was also present". They attach to the event in the
# same sentence, else to the event the article spoke of last.
ATTENDANCE_VERBS = frozenset({"invite", "attend", "join", "participate"})
ATTENDANCE_ADJECTIVES = frozenset({"present"})
# ATTENDED_THING_RULE: joining or attending what is not the event at hand is an act of its own,
# read as a verb outside the tables ("formally joined NATO on Friday", "joined the race in May",
# "attended the vigil on Sunday": v:join, v:attend), with its date, place and denial.

# the parts of speech a claim is read at (_may_state); with gerunds and ATTENDANCE_ADJECTIVES
CLAIM_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})

# Any other verb names an event of its own lemma ("v:check in", "v:retain"), but not these:
# verbs of saying and thinking (attribution reads them), copulas, auxiliaries and light or
# aspectual verbs that say nothing on their own ("make", "take", "get", "seem").
GENERIC_STOP = frozenset(
    """be have do say tell add report confirm accord quote state write explain note describe
    insist claim argue ask answer reply respond comment speak talk think believe know feel
    seem appear become look sound want need wish hope expect try plan intend mean make take
    get go come give put set let keep help use include involve remain stay continue begin
    start stop end seek see find show call refer consider suggest regard view label deem fail
    like love hate prefer allow enable cause lead follow happen occur exist live poise""".split()
)
# ("poise": "appeared poised to win his first contest" tells a readiness, and what it is ready
# for is read as wanted, not done)
# CONJUNCT_TIME_RULE: a date or place told before the first of two verbs that share one subject
# holds for both: "The Indian Navy on Saturday foiled a hijack attempt and arrested 23 pirates",
# "On Friday, police raided the house and seized weapons", "In Athens, youths attacked a police
# station and fought running battles" (the arrest, the seizure, the battles then and there too).
# A date after the first verb is that verb's alone ("arrested him Friday and charged him"), and
# a conjunct with its own subject, its own date, or a word of sequence keeps to itself.
CONJUNCT_SEQUENCE_WORDS = frozenset(
    {"later", "then", "afterwards", "afterward", "subsequently", "eventually", "since", "now"}
)
# FOUND_DEAD_RULE: "was found dead" tells an event of its own ("v:find", the phrase "find dead"),
# dated and placed as told: "The singer was found dead at her home on Sunday" (not "found
# guilty", "found the car").
FOUND_DEAD_VERBS = frozenset({"find"})
FOUND_DEAD = "dead"
# VERDICT_RULE: a verdict told with "find": "was found guilty of murder", "the jury found Smith
# guilty" is a conviction (of the one found guilty); "was found not guilty" denies it.
VERDICT_COMPLEMENTS = {"guilty": "convict"}
VERDICT_COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})
# Verbs of GENERIC_STOP that tell an event of their own when their object is a person: "Klitschko
# stopped Tony Thompson in the sixth round" (not "stopped talking", "stopped the car").
PERSON_OBJECT_EVENTS = frozenset({"stop"})
# The sides of a contest, people as an object of PERSON_OBJECT_EVENTS ("stopping the former
# heavyweight champion in seven rounds"; not "stopped the fight").
CONTEST_PEOPLE = frozenset({"champion", "challenger", "opponent", "rival", "titleholder"})
# Phrasal verbs of GENERIC_STOP verbs that tell an event of their own: "is taking over the
# director's chair", "took over as coach".
PHRASAL_EVENTS = frozenset({("take", "over"), ("take", "on")})
# PHRASE_CLASSES: a verb and the noun of its preposition that tell an event of a class of the
# tables: "was taken into custody" and "was placed under arrest" are arrests (the one taken is
# the arrested), not a taking or a placing.
PHRASE_CLASSES = {
    ("take", "into", "custody"): "arrest",
    ("place", "under", "arrest"): "arrest",
    ("put", "under", "arrest"): "arrest",
    # "the church went up in flames this weekend", "the car burst into flames": a fire
    ("go", "in", "flame"): "blaze",
    ("burst", "into", "flame"): "blaze",
}
# PASSIVE_DISMISSAL_RULE: a passive verb and its bare-infinitive complement that name a dismissal:
# "Kirkpatrick was let go by his employer last Thursday" (fired; the one let go is the patient).
# Active "police let him go" is a release, not a dismissal, and is left alone.
PASSIVE_PHRASE_CLASSES = {("let", "go"): "fire"}
# CALLOUT_RULE: emergency services called to a scene ("Firefighters were called to Wasilla Bible
# Church about 9:40 p.m. Friday", "Police were dispatched to the home in Queens"): the call-out
# is an event of its own (class "v:call"), placed where they were called to.
CALLOUT_VERBS = frozenset({"call", "dispatch", "summon", "scramble"})
CALLOUT_PREPOSITION = "to"
# OBJECT_EVENT_RULE: verbs of GENERIC_STOP that tell an event of their own with one of these
# nouns as their object or the object of their preposition: "is seeking help at a rehabilitation
# facility", "sought asylum in Norway", "is due to appear before magistrates on Tuesday",
# "appeared in court", "takes office in January" (not "seeks to", "appeared tired", "took the
# bus"). The class is the verb's ("v:seek"), the noun its argument.
OBJECT_EVENTS = {
    "seek": frozenset(
        "help treatment asylum refuge shelter care counseling counselling therapy".split()
    ),
    "appear": frozenset("court judge magistrate magistrates tribunal jury hearing".split()),
    "take": frozenset({"office", "oath", "helm", "charge", "command"}),
}
# Verbs of magnitude that describe a thing rather than tell of an event: "an earthquake
# measuring 5.6", "a quake registering 6.1", "losses totalling $2 million". They make no
# claim, and a date on them dates the event noun they describe (see _pass_up_times).
MAGNITUDE_VERBS = frozenset({"measure", "register", "total", "weigh", "number"})
# Phrasal and paraphrase forms of one event: "passed away" is "died", "shot dead" is "killed".
GENERIC_SYNONYMS = {
    "pass away": "die",
    "gun down": "kill",
    "shoot dead": "kill",
    "leave dead": "kill",  # "the attack left three people dead"
    # stopping an attack before it succeeds: "foiled", "thwarted", "repulsed" a hijack attempt
    "thwart": "v:foil",
    "repulse": "v:foil",
    "repel": "v:foil",
}
# Support verbs and the nouns of verbs they turn into an event of that verb's lemma ("v:offer"):
# "the Angels made an eight-year offer to Teixeira" is "offered Teixeira"; "extended an offer".
SUPPORT_VERBS = frozenset({"make", "extend"})
SUPPORT_NOUNS = {
    "offer": "offer",
    "bid": "bid",
    "visit": "visit",
    "appearance": "appear",
    "announcement": "announce",
}
# A verb and the preposition of what it is aimed at that name one event: "fired upon two
# correctional officers" is a shooting (not a dismissal, which takes a person object); the
# counted object of that preposition is what the event counts.
PREPOSITION_SYNONYMS = {
    ("fire", "at"): "shoot",
    ("fire", "on"): "shoot",
    ("fire", "upon"): "shoot",
    ("fire", "into"): "shoot",
}
# A verb and its bare object that name one event: "opened fire on the crowd" is a shooting.
OBJECT_SYNONYMS = {
    ("open", "fire"): "shoot",
}
# FIREFIGHTING_RULE: fighting a fire is one act however it is worded ("10 fire engines fought the
# blaze", "Four fire engines were tackling the last of the blaze", "crews battled the flames"):
# class FIREFIGHTING_CLASS, the fire (also behind a part, "the last of") its argument, and the
# engines or crews a counted subject came with ("50 firefighters with 10 fire engines") counted.
FIREFIGHTING_VERBS = frozenset({"fight", "tackle", "battle", "combat"})
FIRE_NOUNS = frozenset({"blaze", "fire", "flame", "inferno", "wildfire", "bushfire"})
FIREFIGHTING_CLASS = "v:fight"
FIREFIGHTING_COMPANY = frozenset({"with"})
# HIT_AND_RUN_RULE: "hit and run" ("a fatal hit and run outside a store", "saw the hit-and-run",
# hyphens or not) names one event, a crash (HIT_AND_RUN_CLASS), told at "run"; before a noun ("a
# hit-and-run driver", "a hit and run accident") it only describes the noun: no word of it
# tells an event of its own (not a hitting, not a running).
HIT_AND_RUN_WORDS = ("hit", "and", "run")
HIT_AND_RUN_JOINERS = frozenset({"-"})
HIT_AND_RUN_SPELLINGS = {"&": "and"}  # "Fatal Queens Hit & Run"
HIT_AND_RUN_CLASS = "crash"
# Adverbs a parse may give a phrasal verb instead of a particle: "passed away".
PARTICLE_ADVERBS = frozenset({"away", "down", "off", "out"})
# TOLL_RULE: a toll noun whose verb moves it to a number states that count of the event its
# compound names: "the death toll rose to 10" counts ten dead, as "ten people died" does.
# TOLL_NOUNS -> the event class of each compound (a bare "toll" in the news is of the dead).
TOLL_NOUNS = frozenset({"toll"})
TOLL_CLASSES = {"death": "die", "": "die"}
# Verbs whose subject toll is at the number of a preposition ("rose to 10", "stood at 40"), or
# at their object ("reached 10", "hit 40"); "rose by three" is a change, not the count.
TOLL_VERBS = {
    "rise": "to",
    "climb": "to",
    "jump": "to",
    "increase": "to",
    "grow": "to",
    "mount": "to",
    "stand": "at",
    "reach": None,
    "hit": None,
}
# Verbs whose object toll is put at a number ("bringing the death toll to 11", "put the
# death toll at 40", "raised the toll to 12").
TOLL_SETTING_VERBS = {"bring": "to", "put": "at", "raise": "to", "push": "to"}
# The counted unit of a toll's bare number: the people dead.
TOLL_UNIT = "people"
# BARE_COUNT_RULE: a cardinal standing alone as the subject or object of an event done to people
# counts people: "the blast killed 12", "killing 20", "46 were arrested", "12 died" (TOLL_UNIT).
PEOPLE_COUNT_CLASSES = frozenset({"kill", "die", "injure", "shoot", "arrest", "attack"})
# INCLUDED_COUNT_RULE: a count in an "including" phrase of the event or its counted argument is
# a count the event tells too: "killed 12, including three children" (three children).
INCLUDING_PREPOSITIONS = frozenset({"including"})

# CLAUSE_SCOPE: dependencies that head a clause of their own. A cue word grades the claims of
# its clause and of the clauses below it, not those of a clause beside or above it.
CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "csubjpass"}
)
# Children that give a conjoined clause its own subject or tense ("but the court did not").
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})

# KIND_NOUNS: nouns of a kind or variant whose "of" phrase names the thing itself: "retained his
# IBF and WBO versions of the crown" is about the crown; "a new type of virus" about a virus.
KIND_NOUNS = frozenset({"version", "kind", "type", "sort", "form", "variant", "edition"})
# EXIT_PARTICLES: a particle parsed as a preposition with "of" after it ("checked out of
# rehab", "walked out of the talks"); the phrasal verb tells the leaving, an event of its own
# (class "v:check out"), not the verb's entering ("checked into rehab", "v:check").
EXIT_PARTICLES = frozenset({"out"})
EXIT_PREPOSITION = "of"
# Auxiliaries that make a verb's event wanted, possible or yet to come, not one that happened:
# "will host", "could face", "may be charged".
IRREALIS_AUX = frozenset(
    {
        "will",
        "would",
        "wo",
        "'ll",
        "’ll",
        "'d",
        "can",
        "could",
        "ca",
        "may",
        "might",
        "should",
        "must",
        "shall",
    }
)
# MODAL_EVENT_RULE: an event verb of the tables told with a modal of possibility, duty or
# condition is no happening, as any other verb so told is not (_generic_claim): "Cruz must win 58
# percent of the outstanding delegates", "officials said Kopp could be charged under the Act",
# "Sanders could be met by a chorus of boos", "Trump might not win the general election". A
# perfect ("may have been killed") still tells a past happening, hedged; "will" is a plan
# (PLANNED_RULE).
PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "’ve"})
# HYPOTHETICAL_NOUN_RULE: determiners that make an event noun one of a kind, not a known one: "a
# win there could help Trump", "a defeat would do little to diminish her lead".
SUPPOSED_DETERMINERS = frozenset({"a", "an", "another"})
# Verbs of perceiving: "an explosion could be heard", "a tremor could be felt" tell a real one.
PERCEPTION_HEADS = frozenset({"hear", "feel", "see"})
# PASSIVE_INFINITIVE_RULE: a passive infinitive is an infinitive too, wanted and not done under
# a head that does not say it came about: "Elian, Dad To Be Reunited", "his desire to be
# reunited with his son" (as "to reunite" is).
INFINITIVE_BE = "VB"
# ... but under a verb of seeming it is a state seen, hedged: "Clinton and Sanders appeared to be
# locked in a close race", "seemed to be confused" (PolNeAR train: 11 such, all states).
SEEMING_HEADS = frozenset({"appear", "seem"})
# PLEA_RULE: a bare verb with no subject that bids someone do or not do something tells no
# happening: '"Don't shoot him," she says' (a root, or the words a verb of saying quotes).
BIDDING_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})
BIDDING_AUX = frozenset({"do"})
BIDDING_SPEECH_VERBS = frozenset({"say", "tell", "shout", "yell", "scream", "cry", "plead", "beg"})
# QUESTION_RULE: a verb whose auxiliary comes before its subject in a sentence that asks tells no
# happening: '"Did you shoot him?"', "Has the FBI charged anyone?".
QUESTION_MARK = "?"
# PLANNED_RULE: events a report tells as fixed for later ("will defend his title against Charr
# in Moscow on Sept. 8", "is set to meet Lionsgate officials on Monday", "is due to appear in
# court on Tuesday", "the upcoming summit in Geneva will be held on June 16"). Their
# date, place and people are stated as facts of a coming event, so they are read, as an instance
# of the class of its own ("v:defend@planned", PLANNED_INSTANCE), apart from events of the class
# that happened. A denied plan ("will not helm the sequel") makes no claim: it may deny a manner
# ("will not be held on a two-party basis") as well as the event. "would", "could", "may" stay
# out (IRREALIS_AUX): conditions, reported futures and possibilities.
PLANNED_AUX = frozenset({"will", "'ll", "’ll", "shall"})
# Heads whose to-infinitive is a fixed plan: "is set to meet", "is scheduled to fly", "is due to
# appear", "is slated to open" (not "set out to prove": a particle makes another verb).
SCHEDULE_HEADS = frozenset({"set", "schedule", "due", "slate"})
# DATED_AHEAD_RULE: an event noun dated after the day its article was published is a coming one,
# told ahead ("invited Trump for a meeting with GOP leaders next week", "Tuesday's primary" in a
# Sunday paper): a plan (PLANNED_INSTANCE), not a happening; a verb so dated is left to its tense.
# Modifiers that make an event noun a coming one: "the upcoming election", "a planned summit".
PLANNED_MODIFIERS = frozenset({"upcoming", "forthcoming", "planned", "scheduled"})
PLANNED_INSTANCE = "planned"
# The instance mark of an event told as a series ("the protesters attacked banks and shops":
# several attacks), its dates and places those of its several happenings.
SERIES_INSTANCE = "repeated"

# Prepositions whose object is an argument that identifies an event: "checked into rehab",
# "retained the title", "won by a knockout".
ARGUMENT_PREPOSITIONS = frozenset({"into", "to", "for", "from", "with", "against", "of", "over"})

# Prepositions whose person or organisation object takes part in the event beside its doer:
# "met with Putin", "talks between", "shot by", "a bid against", "offered a contract to
# Teixeira" (places after "to" are destinations, read by the location rules).
PARTNER_PREPOSITIONS = frozenset({"with", "between", "by", "against", "to"})
# AGAINST_TARGET_RULE: who an act is done against is what it is aimed at, who undergoes it, not
# a partner in it: "Rubio has railed against Christie", "a lawsuit Graham filed against Rubio",
# "the failed coup against him", "voted against the bill". In a contest the one run, played or
# bid against is the other side of it, a partner as before ("ran against Suu Kyi in a
# by-election", "the election against Crist", "a bout against Thompson").
AIMED_PREPOSITIONS = frozenset({"against"})
CONTEST_WORDS = frozenset(
    """run compete race play pitch debate face bid box spar wrestle fight pit election match bout
    game contest primary caucus""".split()
)

# RIVAL_NOUN_RULE: the one a contest, a lead or a challenge is against, over or from, named on
# a noun the verb acts on or acts in, is the other side of the act: "fought off another challenge
# from Sanders", "shore up her lead over Sanders", "how well he is doing in surveys against
# Clinton". Only nouns of a rivalry (not "a lawsuit from Jones", "a letter from Obama").
RIVAL_NOUNS = frozenset(
    """race contest battle match matchup bout fight challenge lead edge advantage survey poll
    showdown rivalry duel""".split()
)
RIVAL_PREPOSITIONS = frozenset({"against", "over", "from"})

# Prepositions whose object, when people (PEOPLE_NOUNS), is what an event of the tables is
# aimed at: "shot at the officers" (not "at the plant", a place).
TARGET_ARGUMENT_PREPOSITIONS = frozenset({"at"})

# Prepositions under a verb that states no event whose object is the event the verb's date
# dates: "go to the polls Friday in a parliamentary election", "took part Monday in the talks".
TIME_PASS_DOWN_PREPOSITIONS = frozenset({"in", "during"})
# Prepositions whose gerund is the means of the event above: "defended his title by stopping
# Rahman on Thursday" (the defence is dated by the stopping).
MEANS_PREPOSITIONS = frozenset({"by"})
# Prepositions of an event verb whose counted object counts what the event was about: "charged
# with murder and six counts of homicide", "sentenced to seven life terms".
COUNT_PREPOSITIONS = frozenset({"with", "to"})
# Prepositions that place an event where their object is ("in Malibu", "at a party in Lagos",
# "checked into a clinic in Malibu", "near Houston").
EVENT_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "into", "near", "outside", "inside", "through", "across", "throughout"}
)
# BEARING_RULE: a place told by a distance and a compass bearing from a named place ("struck 60
# km southwest of Bandar Abbas", "exploded about 30 miles north of Baghdad", "a motel 10 miles
# north of Detroit") is near that place, as "near Baghdad" is, when the distance is short enough
# for the two to be one place told two ways (places.NEAR_TOWNS_KM); "1,000 kilometres south of
# Tehran" measures from a landmark far away and places nothing. A bearing with no distance
# ("north of Baghdad") may be a whole region and places nothing either. The distance itself
# tells where, not how much: it is no count of the event ("hit 60 kilometers southwest of
# Bandar Abbas", where the parse makes both words objects of "hit"), whatever the distance.
BEARING_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
        *("north-east", "north-west", "south-east", "south-west"),
        *("northeastern", "northwestern", "southeastern", "southwestern"),
    }
)
BEARING_PREPOSITION = "of"
# A bearing written in two words or with a hyphen ("60km south west of", "60 km south-west of",
# "60 kilometers north east of"), which the parser splits and hangs word by word on whatever is
# near: the words before the last, and the distance written just before them
# (SPLIT_BEARING_RULE). The parser also makes a bearing the verb's object ("hit 60 km
# southwest of") or an apposition, so those dependencies hold a bearing too.
BEARING_HALVES = frozenset({"north", "south", "-"})
BEARING_DEPS = frozenset({"advmod", "npadvmod", "dobj", "appos"})
# Participles that give an event noun its size ("an earthquake registering 6.1 on the Richter
# scale 60km south west of Bandar Abbas"): the parser hangs the bearing on the scale, yet it
# places the event the noun names (MEASURED_NOUN_BEARING_RULE).
MEASURING_PARTICIPLES = frozenset({"register", "measure", "record"})
# Kilometres in one unit of a distance before a bearing (spaCy lemmas and written forms).
DISTANCE_KM = {
    **dict.fromkeys(("mile", "miles", "mi"), 1.609),
    **dict.fromkeys(("kilometer", "kilometre", "kilometers", "kilometres", "km", "kms"), 1.0),
    **dict.fromkeys(("meter", "metre", "meters", "metres", "yard", "yards", "m"), 0.001),
    **dict.fromkeys(("foot", "feet", "ft", "block", "blocks"), 0.0003),
}
# Prepositions whose object is what the event was done to, placed by its own "in"/"at" phrase
# ("an attack on a bank in Manila", "a raid on a house in Lagos"); a bare object ("an attack
# on the president") places nothing.
TARGET_PREPOSITIONS = frozenset({"on", "against"})
# Nouns of a happening named by the event noun before them: "a March 2005 shooting spree", "a
# shooting incident": the claim is of that event, with the head's date and place ("a murder
# case" is a matter for the courts, not the murder).
HAPPENING_HEADS = frozenset({"spree", "rampage", "incident"})
# Prepositions whose object is a happening that holds the event, placed by its own "in"/"at"
# phrase: "made an offer during the winter meetings in Las Vegas", "torched during protests in
# Athens" (a bare "during the riots" places nothing).
HOLDING_PREPOSITIONS = frozenset({"during", "amid"})
# Event classes whose noun's "of" phrase names who did it, not whom it was done to: "the death
# of Bettie Page", "the resignation of the coach", "the escape of two inmates". Any other event
# noun's "of" person underwent it: "the fatal shooting of Alexandros Grigoropoulos", "the arrest
# of Smith", "the killing of two women" (see _of_participants).
OF_AGENT_CLASSES = frozenset(
    {"die", "resign", "escape", "revolt", "meet", "riot", "crash", "explode", "quake", "win"}
)
# Classes of a contest's outcome whose noun's "over" or "against" phrase names the one beaten:
# "his victory over Thompson", "a win over the Celtics", "a sixth round stoppage against
# Thompson", "a win against Boston" (NOMINAL_EVENTS); not a partner ("with"), as for other nouns.
BEATEN_CLASSES = frozenset({"win", "v:stop"})
BEATEN_PREPOSITIONS = frozenset({"over", "against"})
# WINNER_DECLARED_RULE: a contest's winner told by the declaring of it is a win, its winner the
# one declared and its contest the winner's own phrase: "Sanders was projected as the winner of
# Wisconsin's Democratic primary", "Clinton was declared the winner in ... Maryland", "The AP
# declared Clinton the winner" (PolNeAR train and dev: 8 uses read, each a real win); not the
# declarer.
WINNER_DECLARING_VERBS = frozenset({"declare", "project", "name", "announce", "proclaim"})
WINNER_NOUNS = frozenset({"winner", "victor"})
# ... but a winner of a lower place won nothing: "was announced the second-place winner of the
# Iowa Caucus behind Hillary Clinton" (a compound "place" under the winner noun).
RUNNER_UP_WORDS = frozenset({"place", "runner"})
# WIN_TAKING_RULE: a win noun as the object of a verb of taking one is the win, done by the
# verb's subject at the verb's date and place: "Sanders scored a decisive victory in Tuesday's
# New Hampshire primary", "Clinton eked out a narrow win", "earning his first victory" (not
# "claimed/declared victory", a boast before the count as often as a result). PolNeAR train and
# dev: 25 uses read, 20 a contest won (the others a court win, a plan, a best case).
WIN_TAKING_VERBS = frozenset({"score", "notch", "eke", "earn", "capture", "post", "rack", "secure"})
# ... and "pulled off a win", "pulls out a tough win": "pull" only with one of these particles.
WIN_TAKING_PARTICLES = {"pull": frozenset({"off", "out"})}
# CONTEST_TAKING_RULE: a contest as the object of a verb of taking it is won, by the verb's
# subject at the verb's date and place: "took the Democratic contest", "swept the contests",
# "taking two of the three Democratic contests Sunday" (a count of them, "of" its contests).
# Not a state ("carried Iowa": a place, not a contest) nor a part in one ("taking part in the
# primaries": the object is "part"). PolNeAR train: 4 such uses, each a contest won.
CONTEST_TAKING_VERBS = frozenset({"take", "sweep", "carry"})
CONTEST_NOUNS = frozenset({"contest", "primary", "caucus", "caucuses"})
COUNTED_OBJECT_TAGS = frozenset({"CD"})
# Dependencies through which a subject is described ("the Maid Building, one of the oldest
# buildings in Palmer, burned"): where the description places it is where its event happened.
SUBJECT_DESCRIPTIONS = frozenset({"appos"})

# Words of a verb whose in/at/near phrase places the verb's event, where the parse hung it on
# them: the direct object ("killed a woman in Queens", "offered him a contract at the Winter
# Meetings in Las Vegas") and a time word ("Yesterday in Los Angeles, Page succumbed").
PLACE_ATTACHMENT_DEPS = frozenset({"dobj", "dative", "npadvmod"})
# OBJECT_EVENT_PLACE_RULE: an object that is itself an event noun keeps its place phrase for its
# own event: "condemned the bomb attacks in Kenya" does not place the condemnation in Kenya (a
# light verb's object is the event it states, and keeps it: "held talks in Geneva").

# WHERE_RULE: relative adverbs of place. An event told in a relative clause they open happened
# at the place the clause describes: "forced them to drive to Baytown, where he restrained the
# officers", "the hospital in Santiago where she died" (also through a conjunct of the clause).
WHERE_RELATIVES = frozenset({"where"})

# Subordinators of a clause whose doing overlaps the event, with the same doer: "was stabbed
# while working at a state prison in Chino" happened at that prison.
OVERLAP_MARKS = frozenset({"while"})
# WHEN_CLAUSE_RULE: an undated event happened at the date of its "when" clause: "Three people
# died when an Athens bank went up in flames Wednesday", "was killed when a bomb exploded at
# the bank on Friday" (the clause's own date; a date outside it is the event's own).
WHEN_MARKS = frozenset({"when"})
# PARTICIPLE_SUBJECT_RULE: prepositions of time before a gerund whose doer is the main clause's
# subject and whose doing happened ("escaped after pulling a gun", "by stopping Rahman"); not
# "without paying", "instead of going", "skipped out on entering" (a doing that did not happen).
GERUND_TIME_PREPOSITIONS = frozenset(
    {"after", "before", "by", "upon", "since", "following", "while", "when", "during"}
)

# Movement and residence: (lemma, preposition) -> place relation of the subject.
MOVE_RELATIONS = {
    ("leave", "for"): "to",
    ("head", "to"): "to",
    ("go", "to"): "to",
    ("return", "to"): "to",
    ("flee", "to"): "to",
    ("move", "to"): "to",
    ("travel", "to"): "to",
    ("come", "to"): "to",
    ("arrive", "in"): "in",
    ("arrive", "at"): "in",
    ("exile", "to"): "to",
    ("exile", "in"): "in",
    ("banish", "to"): "to",
    ("banish", "from"): "not_in",
    ("expel", "from"): "not_in",
    ("leave", None): "not_in",
    ("live", "in"): "in",
    ("stay", "in"): "in",
    ("remain", "in"): "in",
    ("be", "in"): "in",
    ("be", "at"): "in",
    ("be", "on"): "in",  # only through PLACE_PASS_THROUGH: "on the territory of Belarus"
    ("locate", "in"): "in",
    ("see", "in"): "in",
    ("spot", "in"): "in",
}
# WHERE_STAY_RULE: a "where" clause on a place whose verb moves or holds a person puts that
# person there ("the Kremlin, where Prigozhin was summoned"): the verbs of MOVE_RELATIONS that
# bring someone in or to a place, and, told in the passive, verbs that bring or keep someone
# ("was summoned", "was taken", "was held"). Not "be" ("the city where he was mayor") nor
# "born" (where a life began, no whereabouts now).
WHERE_STAY_VERBS = frozenset(
    lemma for (lemma, _), relation in MOVE_RELATIONS.items() if relation in ("in", "to")
) - {"be"}
WHERE_BROUGHT_VERBS = CALLOUT_VERBS | frozenset({"bring", "take", "fly", "hold", "detain", "keep"})
# "on the territory of Belarus", "inside Russia": nouns and prepositions that pass through to
# the place they govern.
PLACE_PASS_THROUGH = frozenset(
    {"territory", "soil", "capital", "city", "outskirts", "inside", "coast", "shore", "town"}
)
# Parts of a place: "in the centre of Athens", "on the roof of the store in Banstead", "at the
# back of the building in Palmer". They pass through to the place their "of" phrase names, and
# "on" such a part places an event (a bare "on" does not: "an attack on Kyiv" is a target).
PART_NOUNS = frozenset(
    "centre center heart roof top side back front rear middle corner edge floor part".split()
)

PLACE_PREFIXES = ("place:",)
# SITE_TOWN_RULE: a named building or grounds (its name ends in a SITE_NOUNS word) the gazetteer
# does not know, followed by its town, is placed by that town, which other reports name too
# ("signed at the Harry Truman Library in Independence", "killed at the Grand Hotel in
# Baltimore"); a site told alone keeps its own name.
SITE_TOWN_PREPOSITIONS = frozenset({"in"})
# SITE_EXIT_RULE: leaving a site happens where the site is: "escaped from a prison in Houston",
# "was released from a hospital in Leeds" (not "fled from Syria", where the place is an origin,
# nor "was being transported from a prison in Huntsville to one in Beaumont", a journey: a verb
# with a "to" destination). SITE_NOUNS are the nouns of buildings and grounds.
SITE_LEAVING_PREPOSITIONS = frozenset({"from"})
JOURNEY_PREPOSITIONS = frozenset({"to", "toward", "towards"})
SITE_NOUNS = frozenset(
    """hospital clinic facility centre center home house apartment flat hotel motel store shop
    supermarket mall restaurant bar club nightclub school college university church mosque
    temple synagogue court courthouse prison jail office building plant factory warehouse
    station airport port harbour harbor stadium arena theatre theater library museum hall
    coliseum embassy""".split()
)
# COMPOUND_PLACE_RULE: a town named before a noun of violence or disaster is where it happened
# ("the Paris attacks", "the San Bernardino shooting", "the Oklahoma City bombing"); not a country
# or a state, which as often names a side ("a U.S. raid", "an Iran attack"), nor before nouns
# whose modifier names a topic ("the Iran talks" are held in Vienna).
COMPOUND_PLACE_CLASSES = frozenset(
    {"attack", "shoot", "kill", "explode", "riot", "blaze", "quake", "crash"}
)
# OFFICIALS_PLACE_RULE: a town named before the officials who do an act places it: judges, juries
# and police act where they serve ("An Atlanta judge sentenced Nichols", "a Philadelphia jury
# convicted her", "Toronto police arrested a man"). Not a name a town begins ("the Washington
# Post reporter", "a Chicago Cubs pitcher": no such noun, or not next to the town), nor officials
# an act is done to ("a Chicago police officer was shot": not the active subject), nor a state
# or a country, which names a whole jurisdiction and reads ambiguously ("a Georgia judge"); only
# acts of the event tables, not any verb ("a Miami judge turned legal logic on its head").
LOCAL_OFFICIALS = frozenset(
    {"judge", "jury", "court", "magistrate", "prosecutor", "police", "sheriff", "firefighter"}
)
# POSSESSED_PART_RULE: parts of a place told with its possessive ("in Sydney's west", "on
# Kabul's outskirts", "in Tokyo's financial district"): the event is in the possessor (not "at
# the Sam's Club store", a shop's name).
PLACE_PARTS_OF = PART_NOUNS | frozenset(
    """north south east west northeast northwest southeast southwest outskirts suburb suburbs
    district districts neighbourhood neighborhood downtown""".split()
)
# A seat of power named as an organisation ("the Kremlin said") is a place after these
# ("met Prigozhin in the Kremlin", "a ceremony at the White House"): places.LANDMARKS.
LANDMARK_PREPOSITIONS = frozenset({"in", "at", "inside"})
# APPOSED_SITE_RULE: a name after these, described in apposition as a site somewhere, is there
# ("arrested at the Ritz, a hotel in Paris", "checked into Promises, a rehab clinic in Los
# Angeles"); a person so described ("with Smith, a lawyer in Orlando") places nothing.
APPOSED_SITE_PREPOSITIONS = frozenset({"in", "at", "into", "inside"})
APPOSED_SITE_PLACE_PREPOSITIONS = frozenset({"in", "near"})
# Entity kinds a name after "in"/"at" may carry and still be read as a place the gazetteer
# knows: the tagger missed it ("" / DATE: "in Santiago Friday" read as one date) or called a
# lone city a person's name; an ORG or NORP name is what it says ("at Morningside Recovery").
UNTAGGED_PLACE_KINDS = frozenset({"", "DATE", "TIME", "PERSON"})
# ASKED_FOR_RULE: an event noun that a verb of asking or wanting takes ("called for the
# governor's resignation", "demanded a referendum", "notices seeking the arrest of 14
# fugitives", "Trump wants the votes", "isn't recommending an indictment") is what someone asks
# for, not something that happened: speculation, as what an aim aims at is (AIM_RULE). PolNeAR
# train: 17 nouns told as happened, 13 of them rightly no longer (a meeting asked for that then
# took place is the usual exception).
REQUEST_VERBS = frozenset("demand seek urge want recommend request pursue".split())
# ... and verbs that ask with "for" ("call for", "push for", "press for", "fight for every vote")
REQUEST_FOR_VERBS = frozenset("call push press fight ask".split())
REQUEST_PREPOSITION = "for"
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# GENDER_AGREEMENT_RULE: a he/she stands for a person the article shows to be of its gender,
# never for one it shows to be of the other ("... nominee Hillary Clinton. She first tweeted":
# Clinton, not Trump, whom the article calls "he"). News shows it by a courtesy title before
# the name (attribution.TITLE_GENDERS: "Mr. Trump", "Mrs. Clinton") and by the pronouns it
# uses of them (attribution.PRONOUN_GENDERS) where they are the only one meant: the speaker of
# "Reagins said he met ..." (REPORTED_SELF_RULE), the one person named before it in its
# sentence, or the one named so far. A title outweighs pronouns; pronouns as often of one
# gender as of the other leave it unknown, and an unknown gender agrees with either.
# Pronouns show a gender told of someone in at least GENDER_MIN_SENTENCES sentences and in at
# least GENDER_MAJORITY times as many as the other: one "Clinton said he would ..." is no proof.
GENDER_MIN_SENTENCES = 2
GENDER_MAJORITY = 2
# OBJECT_ANTECEDENT_RULE: a he/she told before anyone has been a subject stands for the person
# the sentence before named, as an object or in passing: a lede names whom it is about where
# the act puts them ("A judge sentenced Brian Nichols on Saturday. He was convicted of ...").
OBJECT_ANTECEDENT_PRONOUNS = frozenset({"he", "she"})
# OWN_CLAUSE_RULE: a he/she subject never stands for a person its own clause names elsewhere
# ("He has attacked Clinton repeatedly for her long ties to Wall Street" is not Clinton's act;
# a name that the subject pronoun governs is someone else's): the verb's objects, direct,
# indirect and after a preposition (not "He is Donald Trump"); see _named_in_own_clause.
OWN_CLAUSE_RULE = True
CO_ARGUMENT_DEPS = frozenset({"dobj", "dative", "prep", "agent"})
# LAST_SENTENCE_RULE: a sentence whose subjects name no person themselves still puts the
# people named inside them before the reader ("Trump's candidacy gave voice ...", "the question
# is what kind of candidate Trump will become. He attacked Cruz": Trump): a he/she after it
# stands for the one of them it can stand for, when only one can, before anyone who was a
# subject further back, unless that subject is shown to be of the pronoun's gender and the one
# named is not. Two or more leave the pronoun to the subjects before; a person named outside
# the subjects ("The crowd cheered for Donald Trump. He ...") does not outrank them.
LAST_SENTENCE_RULE = True
# DESCRIBED_DOER_RULE: a he/she in a clause hung on a verb whose subject is a description of one
# person ("the Vermont senator must prepare ... as he turns to contests") stands for that
# person, whom the description does not name: the pronoun is left unresolved, not given to
# someone named before ("After trouncing Hillary Clinton ...": not Clinton).
DESCRIBED_DOER_RULE = True
# RELATIVE_DEPTH_RULE: a person named inside a relative clause that does not hold the pronoun
# ("the national coalition Obama enjoyed, wins by him": Sanders, the subject of the clause) is
# a he/she's antecedent only when no one else is named before it in the sentence.
RELATIVE_DEPTH_RULE = True
# SPEAKER_RULE: first-person pronouns inside a quotation stand for whoever is quoted: in '"I
# checked into a clinic in Malibu," Tara Reid said' Reid checked in. The participant is keyed as
# the speaker and spans the speaker's name where the attribution gives it.
SPEAKER_PRONOUNS = frozenset({"i", "me"})
# Modes of attribution whose content is the speaker's own words.
QUOTED_MODES = frozenset({"direct", "mixed"})
# RETOLD_SPEECH_RULE: words relayed as "X said that Y told someone ..." are Y's; X only relays
# them ("Spokesman Bill McAllister said that Palin told an assistant pastor she was sorry if the
# fire was related to the 'undeserved negative attention' ..."): what follows the verb of speech
# whose subject is a person named there is Y's statement, its chain runs from X to Y. Verbs of
# saying whose subject names who first said the words.
RETOLD_SPEECH_VERBS = frozenset(
    {"say", "tell", "write", "explain", "insist", "admit", "warn", "acknowledge"}
)
# Dependencies of what a relayed verb of speech says.
RETOLD_CONTENT_DEPS = frozenset({"ccomp"})
# "told an assistant pastor she apologizes ...": the parser may hang what is told as a relative
# clause (MISHUNG_CONTENT_DEPS) on whom it is told to (TOLD_DEPS); a clause with no relative
# pronoun whose subject is a personal pronoun (TOLD_PRONOUNS) is then what is told.
TOLD_DEPS = frozenset({"dobj", "dative"})
MISHUNG_CONTENT_DEPS = frozenset({"relcl"})
TOLD_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it"})
# Words opening a free relative, which describes what is said instead of saying it: "Trump is
# telling his supporters what they want to believe", "says whatever he needs to say".
FREE_RELATIVE_WORDS = frozenset({"what", "whatever", "whoever", "whichever"})
# Quotation marks: relayed words holding one keep the relaying attribution's mode.
QUOTE_CHARS = ('"', "“", "”", "``", "''", "`")
# REPORTED_SELF_RULE: in reported speech a he/she with no one named before it in what is
# reported is the speaker ("Tony Reagins said he met Teixeira in Dallas", "Reid told the
# magazine she checked into a clinic"), as a quoted "I" is (SPEAKER_RULE); in a direct quotation
# it is someone else ('"She is not in France," Nagy said').
REPORTED_MODES = frozenset({"indirect"})
# Common nouns for people: objects that make "arrested five men" or "fired the coach" events.
PEOPLE_NOUNS = frozenset(
    """man woman men women people person suspect suspects coach manager director chief officer
    officers worker workers employee employees hostage hostages prisoner prisoners inmate inmates
    player players student students teenager teen boy girl child children driver pilot crew
    member members leader leaders minister official officials executive ceo soldier soldiers
    pirate pirates protester protesters actress actor singer star demonstrator demonstrators
    protestor protestors rioter rioters activist activists youth youths fan fans migrant migrants
    passenger passengers resident residents civilian civilians journalist journalists villager
    villagers gunman gunmen attacker attackers militant militants rebel rebels brigand brigands
    bandit bandits raider raiders hijacker hijackers kidnapper kidnappers smuggler smugglers
    robber robbers thief thieves assailant assailants fugitive fugitives""".split()
)
# AGE_NOUN_RULE: an age standing for whom it describes is a person ("the 25-year-old was
# arrested", "police charged a 19-year-old"): the noun phrase's head is "old" (or "olds")
# measured in years.
AGE_NOUN_HEADS = frozenset({"old", "olds"})
AGE_NOUN_UNITS = frozenset({"year", "years"})
# ROLE_NAME_APPOSITION_RULE: a common noun for a person and a name set off by a comma after it
# are one person ("police shot the teenager, Kimani Gray, on Saturday"); the parser may hang the
# name on the verb as a bare noun modifier or a loose dependent instead of as an apposition
# (which the noun phrase reading follows already): with these labels, on the noun or its head.
MISHUNG_APPOSITION_DEPS = frozenset({"npadvmod", "dep", "appos"})
# Definite descriptions that stand for the person the article is about, like a pronoun ("the
# actress checked into rehab"). Roles that name one side of a crime or a contest (the
# suspect, the victim, the gunman, the champion, the challenger) are left out: they are as
# often a second person as the one just named.
DESCRIBED_PEOPLE = frozenset(
    """actress actor singer star starlet rapper comedian musician model""".split()
)
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "what"})
# RELATIVE_RULE: a relative pronoun stands for the noun its clause describes: in "Smith, who was
# arrested Wednesday, is due in court" Smith was arrested (on Wednesday). DESCRIBED_EVENT_RULE:
# an event noun a relative clause describes happened, whatever the clause denies of it.
DESCRIBING_DEPS = frozenset({"relcl"})
# DESCRIBED_SUBJECT_RULE: a name that opens a clause and is set off by commas around a relative
# clause or an apposition is the subject of the verb right after them, also where the parser
# hangs that verb on the name or its description: "Donald Trump, who is vying to be the next
# president, tweeted on Friday"; "Murphy, the head of Right to Rise USA, Tweeted". Only where
# the name is the subject of no other verb: the sentence's root, or under the verb's own clause.
DESCRIPTION_DEPS = frozenset({"relcl", "appos", "acl"})
# The tags of a verb told as done (a participle too: the parser reads "tweeted" after a name
# set off by commas as one); not a gerund ("Sandra Inman, a Cruz supporter, attending ...").
DESCRIBED_SUBJECT_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# Words the verb's clause may have between the closing comma and the verb ("..., later tweeted").
DESCRIBED_SUBJECT_GAP_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})
# Indefinite pronouns for people: "did not arrest anyone" is an arrest of people, denied.
INDEFINITE_PEOPLE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
# IDENTIFIED_RULE: a participle that names who a noun is ("the gunman, identified as John Smith";
# "a man named as Tom Brown"): the noun is that person.
IDENTIFYING_VERBS = frozenset({"identify", "name"})
IDENTIFYING_PREPOSITION = "as"
# Relative pronouns that stand for people only ("an offender who escaped").
PERSON_RELATIVES = frozenset({"who", "whom"})
# Pronouns that stand for a thing or an event, never a person: "it allegedly took place on July
# 1" (the event just named), "executed this flawlessly" (a plan carried out).
NEUTER_PRONOUNS = frozenset({"it", "this", "that"})

# FAMILY_COUNT_RULE: how many children someone has, told in passing ("a recently married father
# of two sons", "one of six children", "the second of six children", "born into a family with six
# children", "is survived by his wife and two sons"). Such a count is a fact of its own about that
# person (class FAMILY_CLASS, the count of the children's noun), which two reports can dispute.
FAMILY_CLASS = "family"
# Nouns of the children counted: "two sons", "six children".
CHILD_NOUNS = frozenset(
    "child children son sons daughter daughters boy boys girl girls kid kids grandchild".split()
)
# Parents whose "of" phrase counts their children: "father of two sons".
KIN_NOUNS = frozenset({"father", "mother", "parent", "dad", "mom", "grandfather", "grandmother"})
# Words for one of the children, whose "of" phrase counts them all: "one of six children", "the
# second of six children", "the eldest of five children".
SIBLING_WORDS = frozenset(
    """one first second third fourth fifth sixth seventh eighth ninth tenth eldest oldest
    youngest middle""".split()
)
# Nouns of a household whose "with" or "of" phrase counts its children: "a family with six
# children", "a family of nine children".
HOUSEHOLD_NOUNS = frozenset({"family", "household"})
# Verbs whose "by" phrase lists the family left behind: "is survived by his wife and two sons".
SURVIVOR_VERBS = frozenset({"survive"})
# Verbs whose "behind" phrase or object lists the family someone dead leaves: "He leaves behind a
# wife and seven children" (without "behind", "left two children at the school" is no family).
LEFT_BEHIND_VERBS = frozenset({"leave"})
LEFT_BEHIND_WORD = "behind"

# RECORD_RULE: a fighter's record told beside the name, as wins-losses(-draws) and knockouts:
# "Hasim Rahman (45-7-2, 36 KOs)", "Klitschko, 53-3, 47 KO's,", "Klitschko, 58-3 with 51
# knockouts", "improved to 58-3 (51 KO)". The knockout count is a fact about that fighter at that
# record, so the claim is of the class "record@<wins-losses>" (RECORD_CLASS): a record before the
# fight ("52-3, 46 KOs") and after it ("53-3, 47 KOs") are two snapshots, not a dispute, while two
# reports that give one record different knockouts disagree. A team's "(9-14)" counts no knockouts
# and is left out.
RECORD_CLASS = "record"
RECORD_PATTERN = re.compile(
    r"\b(?P<tally>\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?:\s*,\s*|\s+with\s+|\s*\(\s*)"
    r"(?P<count>\d{1,3})\s+(?P<unit>KO's|KO’s|KOs|KO|knockouts|knockout)\b"
)
RECORD_UNIT = "knockout"
# What may stand between a fighter's name and the record: "Rahman (45-7-2", "Klitschko, 58-3".
RECORD_GAP = re.compile(r"[\s,(]{1,3}")

# Quantity words: number words and bound cues ("about 35", "more than 30", "dozens").
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "thousand": 1000,
    "thousands": 2000,
    "million": 1e6,
    "billion": 1e9,
}
BOUND_CUES = (
    (("more", "than"), "at_least"),
    (("over",), "at_least"),
    (("at", "least"), "at_least"),
    (("up", "to"), "at_most"),
    (("fewer", "than"), "at_most"),
    (("less", "than"), "at_most"),
    (("at", "most"), "at_most"),
    (("about",), "about"),
    (("around",), "about"),
    (("some",), "about"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("roughly",), "about"),
    (("approximately",), "about"),
)
# ESTIMATED_COUNT_RULE: a count told as an estimate is about that many, the estimate hanging on
# the counted noun, not on the number: "an estimated 50 people", "an estimated 2,000 marchers".
ESTIMATE_WORDS = frozenset({"estimated"})
# MORE_UNIT_RULE: "N more" with no noun after it counts more of what the sentence counted before
# ("killing 10 soldiers and wounding 80 more": soldiers), else people ("injuring 80 more").
MORE_WORDS = frozenset({"more"})
MORE_DEFAULT_UNIT = "people"
VAGUE_NUMBERS = frozenset({"dozens", "hundreds", "thousands"})
# "dozens" is two dozen or more, not about 24: it agrees with "80 injured" (a lower bound).
VAGUE_BOUND = "at_least"
# COMPOUND_NUMBER_RULE: a number written over several words is read whole, as a reader reads it:
# "Twenty-nine people" is 29 (not the 9 the parse hangs on the noun), "twenty nine" too, "one
# hundred and five" 105, "two dozen" 24, "2 million" 2,000,000. Tens join a unit word after them
# (TENS_WORDS), the scales multiply what is before them (MULTIPLYING_SCALES: "three hundred",
# "two dozen") or close a group (GROUP_SCALES: "two thousand five hundred"), and "and" joins only
# after a scale. Anything else stays apart: "a 5-4 vote", "between 20 and 30 people".
TENS_WORDS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
MULTIPLYING_SCALES = frozenset({"hundred", "dozen"})
GROUP_SCALES = frozenset({"thousand", "million", "billion"})
NUMBER_JOINERS = frozenset({"-", "and"})
# Counted nouns written in more than one way: "ten persons" counts the same as "10 people";
# "38%" is "38 percent" (PolNeAR train: 39 shares read with "%", 219 with "percent").
UNIT_ALIASES = {
    "person": "people",
    "persons": "people",
    "individual": "people",
    "%": "percent",
    "pct": "percent",
}
# Words a bound cue may have before its number: "more than a dozen", "about a hundred".
BOUND_FILLERS = frozenset({"a", "an"})
# "four other people", "two more victims", "another three": parts added to a total.
PARTIAL_COUNT_WORDS = frozenset({"other", "more", "additional", "another", "further", "new"})
# OTHERS_COUNT_RULE: "N others" done to by an event joined to an event of another kind counts all
# of that event's people, not a part ("killed three people and wounded two others", "100 people
# have been killed and 1,000 others wounded"); after an event of the same kind ("killed three
# soldiers and two others") it stays a part.
OTHERS_WORDS = frozenset({"others"})
# COUNTED_PARTICIPLE_RULE: an event's participle describing a counted noun counts whom it was
# done to ("the 49 people killed at Pulse", "leaving at least 70 people injured").
COUNTED_PARTICIPLE_DEPS = frozenset({"acl"})
COUNTED_PARTICIPLE_TAGS = frozenset({"VBN"})
# OCCASION_RULE: nouns of a scheduled occasion whose date, given as its modifier ("Saturday's
# game", "the Dec. 14 vote" is an event noun of its own), dates what is done in it: "will coach
# the Sixers in Saturday's game at Washington", "scored 30 points in Friday's game".
OCCASION_NOUNS = frozenset({"game", "match", "bout", "fight", "race", "final", "contest", "show"})
OCCASION_PREPOSITIONS = frozenset({"in", "at", "during"})
# POLITICAL_OCCASION_RULE: a campaign's dated occasions are such occasions too ("clashed at
# Saturday's debate", "won in Tuesday's New York primary"), and an event noun's act is dated by
# the occasion it took place in as a verb's is ("his victory in Tuesday's primary").
POLITICAL_OCCASION_NOUNS = frozenset({"primary", "caucus", "caucuses", "debate"})
# Dependencies of a date that modifies a noun ("the March 11 incident", "his 2005 rampage"):
# the date of what that noun names, not of the verb above it.
NOUN_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "poss"})

# The TIMEX3 value prefix of a time of day with no day ("this morning": XXXX-XX-XXTMO): beside
# a time that names the day ("this morning (July 24)") it does not date the event.
DAYLESS_VALUE = "XXXX-XX-XXT"
# CONVERTED_CLOCK: what opens a clock time that restates the time just before it in another
# zone: "6:41pm PST this evening (0241 GMT Friday)", "9:40 p.m. Friday (1:40 a.m. ET
# Saturday)". Its day is the other zone's, not the event's, so it does not date the event.
CONVERSION_OPEN = re.compile(r"\s*\(\s*$")

# Prepositions before a duration that make it time gone by before or around the event, not
# its length: "after three years", "within two hours", "since 2005".
ELAPSED_PREPOSITIONS = frozenset({"after", "before", "within", "since", "until", "till", "by"})

# MISHUNG_SAID_SUBJECT_RULE: "Fanning said the gunman, entered the party": a comma between a
# reported subject and its verb makes the parser hang the subject on "said" as its object and
# the verb as a second act of the speaker. No one says a person: that object is the verb's
# subject, and the verb is what was said.
SAID_VERBS = frozenset({"say"})
# TRAILING_PARTICIPLE_RULE: how a participle set off after a statement's content hangs on it.
TRAILING_PARTICIPLE_DEPS = frozenset({"advcl"})
# SILENT_E_RULE: a verb of one syllable ending in one vowel and one consonant doubles the
# consonant before -ing and -ed and takes -s ("cop": "copping", "copped", "cops"); a form with
# the consonant single ("coping", "hoped", "hates") is of the verb with a silent e ("cope",
# "hope", "hate"), a lemma the small model misses. Not after s or z ("busing", "buses").
SHORT_VERB = re.compile(r"[^aeiouy]*[aeiou][bcdfgjklmnpqrtv]")
SILENT_E_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ"})

# Units of time are durations (read by the time module), not counts.
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
    # "November 18": a date read as a count of Novembers
    | {
        m.lower()
        for m in (
            "January February March April May June July August September October November December"
        ).split()
    }
)


@dataclass
class _Context:
    """What the claim reader knows while it walks one article in order."""

    doc: Doc
    article: Article
    mentions: list[Mention]
    times_by_token: dict[int, list[TimeRef]]
    attributions: list[Attribution]
    recent_subjects: list[str] = field(default_factory=list)  # persons, latest last
    # LAST_SENTENCE_RULE: the people named inside the sentence before's subjects, when none
    # was a person
    named_before: list[str] = field(default_factory=list)
    last_event: tuple[str, Span] | None = None  # (class, trigger span)
    mention_at: dict[int, str] = field(default_factory=dict)  # token index -> entity key
    # token index -> its sentence (Token.sent scans the whole doc on every call)
    sent_at: list = field(default_factory=list)
    text: str = ""
    time_ends: frozenset[int] = frozenset()  # end offsets of the article's time expressions
    time_tokens: frozenset[int] = frozenset()  # indices of the tokens inside them
    # per token index: inside a condition or question (_conditions), the head of its clause
    # (_clause_heads); both read once per article instead of a climb per word
    in_condition: list[bool] = field(default_factory=list)
    clause_head_at: list[int] = field(default_factory=list)
    # (start, end, id(attribution)) -> (attribution, its Certainty): a clause graded once
    certainties: dict = field(default_factory=dict)
    # (cue start, content start) of attributions whose content relays another's words
    # (RETOLD_SPEECH_RULE): their statement is the relayed one's
    relays: frozenset[tuple[int, int]] = frozenset()
    aims: list[Attribution] = field(default_factory=list)  # AIM_RULE: "She hopes to win"
    genders: dict[str, str] = field(default_factory=dict)  # person key -> "m"/"f" (_genders)


def extract_claims(
    doc: Doc,
    article: Article,
    mentions: list[Mention],
    times: list[TimeRef],
    attributions: list[Attribution],
) -> list[Claim]:
    """Event and state claims of one article, in text order, with ids ``<article>:<n>``."""
    # AIM_RULE: an aim ("She hopes to win", ``is_aim``) is its subject's intention, not a
    # statement: it tells no "statement" claim, says nothing on anyone's record, and its
    # subject stays a participant of the action aimed at, as under any verb that is no cue;
    # what it aims at is no fact either: at most its subject's plan or wish (_aimed).
    aims = [a for a in attributions if is_aim(a)]
    attributions = [a for a in attributions if not is_aim(a)]
    ctx = _Context(doc, article, mentions, _times_by_token(doc, times), attributions)
    ctx.aims = aims
    ctx.time_ends = frozenset(t.span.end for t in times)
    ctx.time_tokens = frozenset(
        token.i
        for t in times
        for token in doc.char_span(t.span.start, t.span.end, alignment_mode="expand") or ()
    )
    ctx.in_condition = _conditions(doc)
    ctx.clause_head_at = _clause_heads(doc)
    for mention in mentions:
        for token in (
            doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand") or ()
        ):
            ctx.mention_at[token.i] = mention.entity
    claims: list[Claim] = []
    sents = list(doc.sents)
    text = ctx.text = doc.text  # Doc.text joins every token on each call: read it once
    relayed = _retold_speech(ctx)
    ctx.attributions = [*ctx.attributions, *(inner for _, inner in relayed)]
    ctx.relays = frozenset((a.cue.start, a.content.start) for a, _ in relayed)
    ctx.sent_at = [None] * len(doc)
    for sent in sents:
        for i in range(sent.start, sent.end):
            ctx.sent_at[i] = sent
    ctx.genders = _genders(ctx)
    for sent in sents:
        if not sent.text.strip():
            continue
        sentence = Span(sent.start_char, _rstrip_end(text, sent.start_char, sent.end_char))
        for token in sent:
            for claim in _claims_at(token, sentence, ctx):
                attribution = (
                    _attribution_for(claim.trigger, ctx)
                    or _trailing_statement(token, ctx)
                    or _said_statement(token, ctx)
                )
                if attribution is not None and _inside(_token_span(token), attribution.cue):
                    # "Prigozhin announced a coup": the announcing is the event, told by the
                    # writer; the coup is not something Prigozhin reports
                    attribution = None
                claim.attribution = attribution
                if attribution is not None and not _speaks_of_self(token):
                    # whoever says it is not a participant (a parse may hang them on an object),
                    # unless they speak of themselves ("I met him", SPEAKER_RULE)
                    claim.participants = [
                        p
                        for p in claim.participants
                        if _pronoun_at(p.span, ctx)  # REPORTED_SELF_RULE: "said he met"
                        or (
                            p.entity != attribution.source.entity
                            and not _inside(p.span, attribution.source.span)
                        )
                    ]
                claim.certainty = _clause_certainty(token, sent, sentence, attribution, ctx)
                claim.certainty = _rumoured(token, claim.certainty)
                claim.certainty = _aimed(claim.trigger, claim.certainty, aims)
                claim.certainty = _asked_for(token, claim.certainty)
                claim.negated = claim.negated or _denied(token)
                claim.quantities = [q for q in claim.quantities if not _tells_time(q, ctx)]
                claims.append(claim)
        _note_subject(sent, ctx)
    _pass_up_times(claims, ctx)
    _share_conjunct_times(claims, ctx)
    for claim in claims:
        if _timed_by_itself(claim):
            claim.time = None  # SELF_ANCHOR_RULE: "six weeks before Obama takes office"
    claims += _record_claims(ctx)
    claims += _statements(claims, ctx)
    claims.sort(key=lambda c: (c.sentence.start, c.trigger.start, c.predicate))
    for n, claim in enumerate(claims):
        claim.id = f"{article.id}:{n}"
    return claims


def _tells_time(quantity: Quantity, ctx: _Context) -> bool:
    """TOLD_TIME_RULE: a counted noun inside a time expression the time module read tells when,
    not how many ("entered about 4 p.m.", "surrendered at 6 p.m.", "radioed at around 11 am")."""
    words = ctx.doc.char_span(quantity.span.start, quantity.span.end, alignment_mode="expand")
    return bool(words) and words[-1].i in ctx.time_tokens


def _timed_by_itself(claim: Claim) -> bool:
    """SELF_ANCHOR_RULE: whether a claim's time is anchored to an event phrase that holds the
    claim's own trigger ("six weeks before Obama takes office, the administration issued ...":
    the time is the issuing's, counted from the taking of office, never the taking's own)."""
    anchor = claim.time.anchor if claim.time is not None else None
    return anchor is not None and anchor.event.start <= claim.trigger.start < anchor.event.end


def _clause_heads(doc: Doc) -> list[int]:
    """The head of the clause each token of ``doc`` is in, by index: the nearest of itself and
    its ancestors that heads a clause (CLAUSE_DEPS) or the sentence. One pass: a word's clause
    head is itself when it heads one, else its head's, so each climb stops at a word known."""
    up = [t.head.i for t in doc]
    heads = [
        i if t.dep_ in CLAUSE_DEPS or t.dep_ == "ROOT" or up[i] == i else -1
        for i, t in enumerate(doc)
    ]
    return _resolve_up(heads, up, -1)


def _resolve_up(known: list, up: list[int], unknown) -> list:
    """Fill each ``unknown`` entry of ``known`` with its head's value (``up``: each token's
    head index), climbing as far as needed, every entry resolved once; a root's entry must be
    known."""
    for start in range(len(known)):
        path: list[int] = []
        i = start
        while known[i] == unknown:
            path.append(i)
            i = up[i]
        for j in path:
            known[j] = known[i]
    return known


def _governing_clauses(token: Token, clause_head_at: list[int]) -> set[int]:
    """The clause of ``token`` and the clauses above it (CLAUSE_SCOPE). A conjoined clause with
    a subject or auxiliary of its own ("the move could anger some, but Obama did not
    overturn it") stops the climb: the first conjunct's modal is not its own.
    ``clause_head_at`` is ``_clause_heads`` of the token's doc."""
    doc = token.doc
    heads: set[int] = set()
    head = doc[clause_head_at[token.i]]
    while head.i not in heads:
        heads.add(head.i)
        if head.dep_ == "ROOT" or head.head.i == head.i:
            break
        if head.dep_ == "conj" and any(c.dep_ in OWN_CLAUSE_DEPS for c in head.children):
            break
        head = doc[clause_head_at[head.head.i]]
    return heads


def _clause_certainty(
    token: Token, sent, sentence: Span, attribution: Attribution | None, ctx: _Context
) -> Certainty:
    """CLAUSE_SCOPE: the certainty of the claim at ``token``, from the cue words of its own
    clause and the clauses above it, with the attribution's. A modal or hedge in another
    clause of the sentence ("In a move that could anger some, Obama did not overturn the
    rule", "a rule that could have weakened the Act") grades that clause, not this one."""
    doc = token.doc
    clause_head_at = ctx.clause_head_at
    governing = _governing_clauses(token, clause_head_at)
    runs: list[tuple[int, int]] = []  # (first, last) token index of each run in the clauses
    for i in range(sent.start, sent.end):
        if clause_head_at[i] not in governing:
            continue
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    if len(runs) == 1 and runs[0] == (sent.start, sent.end - 1):
        return _assessed(sentence, attribution, ctx)
    graded = [
        _assessed(Span(doc[first].idx, doc[last].idx + len(doc[last])), attribution, ctx)
        for first, last in runs
    ] or [_assessed(_token_span(token), attribution, ctx)]
    grade = GRADE_ORDER[min(GRADE_ORDER.index(c.grade) for c in graded)]
    cues = sorted({cue for c in graded if c.grade == grade for cue in c.cues})
    return Certainty(grade, tuple(cues))


def _assessed(span: Span, attribution: Attribution | None, ctx: _Context) -> Certainty:
    """``assess_certainty`` of a span told by ``attribution``, each once per article: the
    claims of one clause share it. (The cache holds the attribution itself, so its id stays
    its own while the entry lives.)"""
    key = (span.start, span.end, id(attribution))
    hit = ctx.certainties.get(key)
    if hit is None:
        hit = ctx.certainties[key] = (attribution, assess_certainty(ctx.doc, span, attribution))
    return hit[1]


def _pass_up_times(claims: list[Claim], ctx: _Context) -> None:
    """A date on a word that states no claim of its own belongs to the nearest event above it:
    "defended his crown by stopping Rahman on Thursday" dates the defence."""
    by_start = {c.trigger.start: c for c in claims if c.predicate not in ("statement",)}
    for index, times in sorted(ctx.times_by_token.items()):
        token = ctx.doc[index]
        dates = [t for t in times if t.type in ("DATE", "TIME")]
        if _happening_event(token) is not None:
            continue  # "a March 2005 shooting spree": the shooting's own date
        if token.idx in by_start:
            means = token.head
            if (
                dates
                and token.dep_ == "pcomp"
                and means.lower_ in MEANS_PREPOSITIONS
                and means.head.idx in by_start
            ):
                # "defended his title by stopping Rahman on Thursday": done by that means,
                # the event above happened when its means did
                above = by_start[means.head.idx]
                if above.time is None and not above.negated:
                    above.time = dates[0]
            continue
        if not dates or _dates_noun(token, dates[0], ctx):
            continue
        if token.pos_ in ("VERB", "AUX"):
            # "Turkmens go to the polls Friday in a parliamentary election": a verb that states
            # nothing dates the event noun it places its subject in
            below = [
                by_start[obj.idx]
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ in TIME_PASS_DOWN_PREPOSITIONS
                for obj in prep.children
                if obj.dep_ == "pobj" and obj.idx in by_start
            ]
            if len(below) == 1 and below[0].time is None and not below[0].negated:
                below[0].time = dates[0]
                continue
        child = token
        while (
            child.dep_ in ("pcomp", "prep", "pobj", "xcomp")
            or (child.dep_ == "acl" and child.lemma_.lower() in MAGNITUDE_VERBS)
            or _stating_nothing_for(child)
        ):
            if child.head.i == child.i:
                break
            claim = by_start.get(child.head.idx)
            if claim is not None:
                if claim.time is None and not claim.negated:
                    claim.time = dates[0]
                break
            child = child.head


def _dates_noun(noun: Token, time: TimeRef, ctx: _Context) -> bool:
    """Whether a date modifies a noun that states no claim ("focused on Sanders' 2007 vote", a
    vote cast: CAST_VOTE_RULE): the date is of what the noun names, not of the verb above."""
    span = ctx.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if noun.pos_ != "NOUN" or span is None or len(span) == 0:
        return False
    root = _time_root(span)
    return root.head.i == noun.i and root.dep_ in NOUN_MODIFIER_DEPS | {"nummod"}


def _share_conjunct_times(claims: list[Claim], ctx: _Context) -> None:
    """CONJUNCT_TIME_RULE: a verb conjoined to a verb whose date or place is told before it, with
    no subject or word of sequence of its own, happened at that date (unless it has its own) and
    at that place (unless it has its own)."""
    by_start = {c.trigger.start: c for c in claims if c.predicate != "statement"}
    for claim in by_start.values():
        if (claim.time is not None and claim.place is not None) or claim.negated:
            continue
        verb = ctx.doc.char_span(claim.trigger.start, claim.trigger.end, alignment_mode="expand")
        if verb is None or len(verb) == 0:
            continue
        verb = verb.root
        if verb.pos_ != "VERB" or verb.dep_ != "conj":
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "expl")
            or c.lower_ in CONJUNCT_SEQUENCE_WORDS
            or c.lower_ in SEQUENCE_MARKS
            for c in verb.children
        ):
            continue
        first = verb.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "foiled ..., seized ... and arrested ...": the first verb's
        if first.pos_ not in ("VERB", "AUX"):
            continue
        told_before = [
            t
            for t in ctx.times_by_token.get(first.i, [])
            if t.type in ("DATE", "TIME") and t.span.end <= first.idx
        ]
        if len(told_before) == 1 and claim.time is None and verb.i not in ctx.times_by_token:
            claim.time = told_before[0]
        if claim.place is None:
            # "In Athens, youths attacked a police station and fought running battles"
            claim.place = next(
                (
                    Place(found[0], found[1], "in")
                    for prep in first.children
                    if prep.dep_ == "prep"
                    and prep.i < first.i
                    and prep.lower_ in EVENT_PLACE_PREPOSITIONS
                    and (found := _place_under(prep, ctx))
                ),
                None,
            )


def _stating_nothing_for(verb: Token) -> bool:
    """A to-infinitive of purpose whose verb states nothing (GENERIC_STOP): "stopped Thompson
    in the sixth round to keep his titles Monday night" (the date is the stopping's)."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in GENERIC_STOP
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _denied(token: Token) -> bool:
    """The event is the content of a denial: "denied meeting him", "denied that he met her"
    (but not "did not deny", nor a denial of something said about the event)."""
    verb = token.head if token.dep_ in ("pobj",) else token
    cue = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp") or cue.i == verb.i:
        return False
    if any(c.dep_ == "dative" for c in cue.children):
        return False  # WITHHOLDING_RULE: "deny Trump the nomination"
    return cue.lemma_.lower() in DENIAL_CUES and not _negated(cue)


def _aimed(trigger: Span, certainty: Certainty, aims: list[Attribution]) -> Certainty:
    """AIM_RULE: a claim inside what an aim aims at ("Coal companies want to rid themselves
    of the mines", "Smith hopes to tell voters that taxes will fall") is its subject's plan or
    wish, not a fact nor anyone's statement: graded speculation at the aim's cue unless its
    own grade is weaker still (a denial)."""
    holding = [a for a in aims if a.content.start <= trigger.start and trigger.end <= a.content.end]
    if not holding or GRADE_ORDER.index(certainty.grade) <= GRADE_ORDER.index("speculation"):
        return certainty
    aim = min(holding, key=lambda a: a.content.end - a.content.start)
    return Certainty("speculation", (aim.cue,))


def _asked_for(token: Token, certainty: Certainty) -> Certainty:
    """ASKED_FOR_RULE: an event noun that a verb of asking or wanting takes ("called for his
    resignation", "demanded a referendum") is speculation at that verb, unless its own grade is
    weaker still."""
    if token.pos_ != "NOUN" or certainty.grade in ("speculation", "denial"):
        return certainty
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == REQUEST_PREPOSITION:
        verb = verb.head
        asking = verb.lemma_.lower() in REQUEST_FOR_VERBS
    else:
        asking = token.dep_ == "dobj" and verb.lemma_.lower() in REQUEST_VERBS
    if not asking or verb.pos_ != "VERB":
        return certainty
    return Certainty("speculation", (*certainty.cues, _token_span(verb)))


def _rumoured(token: Token, certainty: Certainty) -> Certainty:
    """A clause that is the content of "speculation(s) that", "rumours that", or of a belief
    ("I believe Nichols did not win", "is not believed to have had") is speculation, whoever
    relays it."""
    if certainty.grade in ("speculation", "denial"):
        return certainty
    for ancestor in (token, *token.ancestors):
        if ancestor.lemma_.lower() in RUMOUR_NOUNS and ancestor.pos_ == "NOUN":
            return Certainty("speculation", (*certainty.cues, _token_span(ancestor)))
        if ancestor.lemma_.lower() in BELIEF_VERBS and ancestor.pos_ == "VERB":
            return Certainty("speculation", (*certainty.cues, _token_span(ancestor)))
        if ancestor.dep_ == "ROOT":
            break
    return certainty


def _statements(claims: list[Claim], ctx: _Context) -> list[Claim]:
    """Attributed statements that state no event or place: "X said it was not following …"."""
    statements = []
    # where the claims of a known class start, sorted: a content holding one states an event
    known = sorted(c.trigger.start for c in claims if not c.predicate.startswith("v:"))
    read_at: dict[int, Claim] = {}  # the first claim read at each word (ACT_RULE)
    for claim in claims:
        read_at.setdefault(claim.trigger.start, claim)
    for attribution in ctx.attributions:
        content = attribution.content
        if (attribution.cue.start, content.start) in ctx.relays:
            continue  # RETOLD_SPEECH_RULE: the words are stated as the relayed speaker's
        first = bisect_left(known, content.start)
        if first < len(known) and known[first] < content.end:
            continue
        span = ctx.doc.char_span(content.start, content.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if not is_statement(ctx.doc, attribution):
            continue  # the topic or target of the cue ("responded to Lukashenko's remarks")
        if _act_at_cue(attribution, read_at, ctx) is not None:
            continue  # ACT_RULE: the source's act, told by the writer
        sent = ctx.sent_at[span[0].i]
        cue = ctx.doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
        relation = cue_relation(ctx.doc, attribution)
        when = [t for t in _times_of(cue.root, ctx) if t.type in ("DATE", "TIME")] if cue else []
        statements.append(
            Claim(
                id="",
                article=ctx.article.id,
                sentence=Span(
                    sent.start_char, _rstrip_end(ctx.text, sent.start_char, sent.end_char)
                ),
                trigger=attribution.cue,
                time=when[0] if when else None,
                predicate="statement",
                relation=relation,
                attribution=attribution,
                certainty=assess_certainty(ctx.doc, content, attribution),
                participants=[
                    Participant("mentioned", m.entity, m.span)
                    for m in ctx.mentions
                    if content.start <= m.span.start < content.end
                ],
            )
        )
    return statements


def _act_at_cue(attribution: Attribution, read_at: dict[int, Claim], ctx: _Context) -> Claim | None:
    """ACT_RULE: a cue whose content is what its verb acts on ("Congress passed the 1973 War
    Powers Act", "Interior Secretary Ken Salazar rescinded the changes on Tuesday",
    attribution.is_act) tells what its source did, not what it said: the claim read at the
    verb (v:pass, v:rescind, with the agent, object, date, place and denial read there) is the
    act, told by the writer, and no "X says: …" statement is made of it. That claim, or None
    when the cue tells no act or no claim was read at its words (a light verb, "made the
    pledge"; a modal, "would release": the statement stays)."""
    if not is_act(ctx.doc, attribution):
        return None
    cue = ctx.doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    return next((read_at[t.idx] for t in cue or () if t.idx in read_at), None)


def _retold_speech(ctx: _Context) -> list[tuple[Attribution, Attribution]]:
    """RETOLD_SPEECH_RULE: (relaying attribution, relayed one) for each attribution whose
    content is headed by a verb of speech (RETOLD_SPEECH_VERBS) whose subject is a person named
    there, not the relaying speaker, and which says a clause (RETOLD_CONTENT_DEPS): "X said
    that Y told an assistant pastor she was sorry ..." gives Y "she was sorry ...", cued at
    "told", its chain running from X to Y, the words ending with the clause said (the relayer's
    own words after it stay his). None where the attribution reader already has an attribution
    cued at that verb, for a free relative said (FREE_RELATIVE_WORDS), or a verb negated or
    under a modal ("cannot say")."""
    doc, found = ctx.doc, []
    cued = {a.cue.start for a in ctx.attributions}
    for outer in ctx.attributions:
        content = outer.content
        window = doc.char_span(content.start, content.end, alignment_mode="expand")
        if window is None or len(window) == 0:
            continue
        verb = window.root
        if verb.lemma_.lower() not in RETOLD_SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        if verb.idx in cued or not content.start <= verb.idx < content.end:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        said = [c for c in verb.children if c.dep_ in RETOLD_CONTENT_DEPS and c.i > verb.i]
        said += [
            c  # "told an assistant pastor she apologizes", parsed as a clause on the pastor
            for o in verb.children
            if o.dep_ in TOLD_DEPS
            for c in o.rights
            if c.dep_ in MISHUNG_CONTENT_DEPS
            and any(s.dep_ == "nsubj" and s.lower_ in TOLD_PRONOUNS for s in c.children)
            and not any(s.lower_ in RELATIVE_PRONOUNS for s in c.subtree if s.i < c.i)
        ]
        if len(subjects) != 1 or not said or said[0].left_edge.lower_ in FREE_RELATIVE_WORDS:
            continue  # "is telling his supporters what they want": a description, no words
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # "still cannot say the two words": nothing said
        subject = subjects[0]
        key = ctx.mention_at.get(subject.i, "")
        if subject.pos_ != "PROPN" or not key.startswith("person:"):
            continue  # "he told": a pronoun may be the relaying speaker himself
        if key == outer.source.entity:
            continue
        mention = next(
            (
                m
                for m in ctx.mentions
                if m.entity == key and m.span.start <= subject.idx < m.span.end
            ),
            None,
        )
        start = said[0].left_edge.idx
        last = said[0].right_edge
        end = min(content.end, last.idx + len(last))
        if mention is None or not content.start <= start < end:
            continue
        words = ctx.text[start:end]
        source = Source(
            name=ctx.text[mention.span.start : mention.span.end],
            kind="person",
            span=mention.span,
            entity=key,
        )
        mode = outer.mode if any(q in words for q in QUOTE_CHARS) else "indirect"
        inner = Attribution(
            cue=_token_span(verb),
            content=Span(start, end),
            source=source,
            mode=mode,
            chain=(*(outer.chain or (outer.source,)), source),
        )
        found.append((outer, inner))
    return found


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _times_by_token(doc: Doc, times: list[TimeRef]) -> dict[int, list[TimeRef]]:
    """Attach each time expression to the verb or event noun it modifies."""
    attached: dict[int, list[TimeRef]] = {}
    for time in times:
        span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = _time_root(span)
        token = root.head if root.head.i not in range(span.start, span.end) else root
        occasion = _occasion_verb(token) if root.dep_ in NOUN_MODIFIER_DEPS else None
        if occasion is not None:
            # OCCASION_RULE: "will coach the Sixers in Saturday's game": the coaching's date
            attached.setdefault(occasion.i, []).append(time)
            continue
        if (
            root.dep_ in NOUN_MODIFIER_DEPS
            and token.pos_ == "NOUN"
            and not _is_trigger_candidate(token)
        ):
            continue  # "for the March 11, 2005, incident": the date of what the noun names
        while not _is_trigger_candidate(token) and token.head.i != token.i:
            token = token.head
        attached.setdefault(token.i, []).append(time)
    return attached


def _time_root(span: SpacySpan) -> Token:
    """SPLIT_TIME_RULE: the word through which a time expression hangs in the parse. When the
    parser splits one expression between two heads ("met him on Tuesday, March 1, sources said",
    with "March 1" hung on "said"), its leftmost word with a head outside it carries the
    preposition that attaches the whole ("on Tuesday")."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return outside[0] if outside else span.root


def _occasion_verb(noun: Token) -> Token | None:
    """OCCASION_RULE: the verb whose event took place in the occasion a dated noun names ("will
    coach the Sixers in Saturday's game", "scored 30 points in Friday's win"), or the event noun
    whose act did ("his victory in Tuesday's primary"), or None."""
    occasions = OCCASION_NOUNS | POLITICAL_OCCASION_NOUNS
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in occasions or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in OCCASION_PREPOSITIONS:
        return None
    if prep.head.pos_ == "VERB":
        return prep.head
    if prep.head.lemma_.lower() in NOUN_CLASS:
        return prep.head  # POLITICAL_OCCASION_RULE: "his victory in Tuesday's primary"
    return None


def _is_trigger_candidate(token: Token) -> bool:
    return (
        token.pos_ in ("VERB", "AUX")
        or token.lemma_.lower() in NOUN_CLASS
        or _happening_event(token) is not None
    )


def _happening_event(noun: Token) -> Token | None:
    """The event noun that names a happening head ("a March 2005 shooting spree", "a double
    murder case": HAPPENING_HEADS), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HAPPENING_HEADS:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in NOUN_CLASS
        ),
        None,
    )


def _claims_at(token: Token, sentence: Span, ctx: _Context) -> list[Claim]:
    if not _may_state(token):
        return []
    if token.pos_ == "VERB" and (
        _retort(token)
        or _steep_rise(token)
        or _outburst(token)
        or any(_caught_by_someone(c, ctx) for c in token.children)
        or _dismissed_as_description(token)
    ):
        return []  # RETORT_RULE, RISE_RULE, FIGURATIVE_EXPLOSION_RULE, CAUGHT_FIRE_RULE,
        # DISMISS_AS_RULE: "Trump shot back", "deaths are exploding", "Sanders caught fire",
        # "dismissed Walker as an ineffective leader"
    lemma = _lemma(token)
    if ctx.in_condition[token.i]:  # _conditions, read once per article
        return []
    hit_and_run = _hit_and_run(token)
    if hit_and_run is not None:
        # HIT_AND_RUN_RULE: "a fatal hit and run outside a Sam's Club store in Bloomington"
        if token.i != hit_and_run.i or _describes_next_noun(hit_and_run):
            return []
        return [_event_claim(token, HIT_AND_RUN_CLASS, " ".join(HIT_AND_RUN_WORDS), sentence, ctx)]
    if token.dep_ in DESCRIBING_PARTICIPLE_DEPS and lemma in DESCRIBING_PARTICIPLES:
        return []  # DESCRIBING_PARTICIPLE_RULE: "758 pledged delegates", "elected officials"
    if _additional_denied(token):
        return []  # ADDITIVE_DENIAL_RULE
    if _hypothetical(token) or _wanted_gerund(token) or _conjoined_wanted(token, ctx):
        return []
    if _modal(token) or _bidden(token) or _asked(token):
        return []  # MODAL_EVENT_RULE, PLEA_RULE, QUESTION_RULE
    if _hypothetical_noun(token):
        return []  # HYPOTHETICAL_NOUN_RULE: "a California victory would keep Sanders going"
    if _prospected(token):
        return []  # PROSPECT_RULE: "the prospect of a Donald J. Trump nomination"
    if _planned(token) and _negated(token):
        return []  # PLANNED_RULE: "will not helm the sequel" denies a plan, or only its manner
    if _negated_perfect(token) and not _negated_past(token) and not _under_fail(token):
        return []  # NOT_SO_FAR_RULE: "has never been nominated" tells no nomination
    if _consequent(token) or (
        token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (
            _consequent(token.head)
            or any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.head.children)
        )
    ):
        # "If nothing is done, the explosion ... will sweep", "if the talks fail": what would
        # happen, or the condition, is not what happened
        return []
    aimed = [
        c
        for c in token.children
        if c.dep_ == "prep"
        and (lemma, c.lower_) in PREPOSITION_SYNONYMS
        and token.pos_ == "VERB"
        # "fired on June 8": a date, not a target
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
    ]
    if aimed and not any(c.dep_ == "dobj" for c in token.children):
        # "fired upon two correctional officers": a shooting, counting whom it was aimed at
        cls = PREPOSITION_SYNONYMS[(lemma, aimed[0].lower_)]
        claim = _event_claim(token, cls, lemma, sentence, ctx)
        claim.quantities = claim.quantities or _quantities_in_preps(
            token, ctx, frozenset({aimed[0].lower_})
        )
        return [claim]
    toll = _toll_count(token) if token.pos_ == "VERB" else None
    if toll is not None:
        noun, cls, quantity = toll
        claim = _event_claim(token, cls, cls, sentence, ctx, event_token=noun)
        claim.quantities = [quantity]
        return [claim]
    verdict = _verdict_complement(token) if lemma in FOUND_DEAD_VERBS else None
    if verdict is not None:
        # VERDICT_RULE: "was found guilty of murder on Tuesday"
        cls = VERDICT_COMPLEMENTS[verdict.lower_]
        claim = _event_claim(token, cls, f"{lemma} {verdict.lower_}", sentence, ctx)
        if any(c.dep_ == "neg" for c in verdict.children) and token.tag_ in ("VBD", "VBN"):
            claim.negated = True  # "was found not guilty"
        seen = {p.entity for p in claim.participants}
        for found in (c for c in verdict.children if c.dep_ in ("nsubj", "nsubjpass")):
            claim.participants += [  # "the jury found Smith guilty"
                Participant("patient", key, span)
                for key, span in _entities_in(found, ctx)
                if key.startswith(("person:", "org:", "group:")) and key not in seen
            ]
        return [claim]
    if token.pos_ == "VERB" and lemma in VERB_CLASS and _right_sense(token, VERB_CLASS[lemma], ctx):
        claim = _event_claim(token, _fatal(token, VERB_CLASS[lemma]), lemma, sentence, ctx)
        # what it was done to, for telling a denial of one instance from another ("denied
        # shooting at the officers" is not of "shot three co-workers")
        claim.arguments = _arguments(token, ctx, TARGET_ARGUMENT_PREPOSITIONS)
        return [claim]
    if (
        token.tag_ == "VBG"
        and token.dep_ in GERUND_NOUN_DEPS
        and token.lower_ in NOUN_CLASS
        and not _governed_by_light(token)
    ):
        # "Voting ... did not begin": a gerund in a noun's place, tagged a verb, is the event
        # noun of the tables ("voting" is an election)
        return [_event_claim(token, NOUN_CLASS[token.lower_], token.lower_, sentence, ctx)]
    if token.pos_ == "NOUN" and token.lower_ in CHILD_NOUNS:
        claim = _family_claim(token, sentence, ctx)
        if claim is not None:
            return [claim]
    named = _happening_event(token)
    if named is not None and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"):
        # "for a March 2005 shooting spree in an Atlanta courthouse": the shooting, told with
        # the spree's date and place
        cls = NOUN_CLASS[named.lemma_.lower()]
        return [_event_claim(token, cls, named.lemma_.lower(), sentence, ctx, event_token=named)]
    if token.pos_ == "NOUN" and lemma in ("attempt", "bid", "plot") and lemma not in NOUN_CLASS:
        inner = [
            c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in NOUN_CLASS
        ]
        if inner:
            lemma = inner[0].lemma_.lower()
    if (
        token.pos_ in ("NOUN", "PROPN")
        and lemma in NOUN_CLASS
        and not _governed_by_light(token)
        and not _other_sense(token, ctx)
        # a proper noun inside a name is the name's ("Catching Fire", a film)
        and not (token.pos_ == "PROPN" and token.i in ctx.mention_at)
    ):
        # an event noun on its own ("a secret meeting with Putin", "the failed coup attempt")
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd", "appos", "ROOT"):
            return [_event_claim(token, NOUN_CLASS[lemma], lemma, sentence, ctx)]
        return []
    if token.pos_ == "VERB" and lemma in SUPPORT_VERBS:
        nouns = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SUPPORT_NOUNS
        ]
        if nouns and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in token.children
        ):
            # "made an eight-year offer to Teixeira": the offering, its partner in "to"
            verb = SUPPORT_NOUNS[nouns[0].lemma_.lower()]
            claim = _event_claim(token, f"v:{verb}", lemma, sentence, ctx, event_token=nouns[0])
            claim.arguments = _arguments(token, ctx)
            return [claim]
    winner = _declared_winner(token) if token.pos_ == "VERB" else None
    if winner is not None:
        # WINNER_DECLARED_RULE: "Sanders was projected as the winner of Wisconsin's primary"
        claim = _event_claim(
            token, "win", f"{lemma} {winner.lemma_.lower()}", sentence, ctx, winner
        )
        declared = _declared_one(token, winner)
        claim.participants = [
            Participant("agent", key, span)
            for key, span in (_named_people(declared, ctx) if declared is not None else [])
        ]
        return [claim]
    taken = _taken_win(token) if token.pos_ == "VERB" else None
    if taken is not None:
        # WIN_TAKING_RULE: "Sanders scored a decisive victory in the New Hampshire primary"
        return [_event_claim(token, "win", f"{lemma} {taken.lemma_.lower()}", sentence, ctx, taken)]
    if token.pos_ in ("VERB", "AUX") and lemma in LIGHT_VERBS:
        noun = _event_argument(token, ctx)
        if noun is not None:
            relation = "take place" if lemma == "take" and _has_child(token, "place") else lemma
            if lemma == "attend":
                relation = "take part in"  # "attended a secret meeting": the meeting happened
            claim = _event_claim(token, noun[0], relation, sentence, ctx, event_token=noun[1])
            if token.dep_ in DESCRIBING_DEPS and noun[1].i == token.head.i and claim.negated:
                # DESCRIBED_EVENT_RULE: a relative clause takes its event as given; a negation
                # there denies how it went ("the quake, which did not strike a populated area";
                # "the meeting, which did not take place on Monday"), so no detail is kept
                claim.negated = False
                claim.time = claim.place = None
                claim.quantities = []
            return [claim]
    if (token.pos_ == "VERB" and lemma in ATTENDANCE_VERBS) or (
        lemma in ATTENDANCE_ADJECTIVES and token.dep_ == "acomp"
    ):
        claim = _attendance_claim(token, lemma, sentence, ctx)
        if claim is None and _attended_thing(token):
            claim = _generic_claim(token, lemma, sentence, ctx)  # ATTENDED_THING_RULE
        return [claim] if claim else []
    if token.pos_ in ("VERB", "AUX"):
        claim = _location_claim(token, lemma, sentence, ctx)
        if claim is not None:
            return [claim]
    complement = _passive_phrase(token) if token.pos_ == "VERB" else None
    if complement is not None:
        # PASSIVE_DISMISSAL_RULE: "was let go from TallGrass on Thursday"
        cls = PASSIVE_PHRASE_CLASSES[(lemma, complement.lemma_.lower())]
        return [
            _event_claim(
                token, cls, f"{lemma} {complement.lower_}", sentence, ctx, event_token=complement
            )
        ]
    phrase = _phrase_class(token) if token.pos_ == "VERB" else None
    if phrase is not None:
        # PHRASE_CLASSES: "Hiller was taken into custody after a standoff"
        return [_event_claim(token, phrase[0], phrase[1], sentence, ctx)]
    if token.pos_ == "VERB" and (lemma not in VERB_CLASS or _thing_object(token, lemma, ctx)):
        claim = _generic_claim(token, lemma, sentence, ctx)  # THING_OBJECT_RULE
        return [claim] if claim else []
    return []


def _lemma(token: Token) -> str:
    """The token's lemma, with the silent e the lemmatizer drops from a verb of one syllable
    (SILENT_E_RULE): "coping" is "cope", "hoped" "hope", "rated" "rate", "hates" "hate"."""
    lemma = token.lemma_.lower()
    if token.tag_ not in SILENT_E_TAGS or not SHORT_VERB.fullmatch(lemma):
        return lemma
    if token.lower_ in (f"{lemma}ing", f"{lemma}ed", f"{lemma}es"):
        return f"{lemma}e"
    return lemma


def _declared_winner(verb: Token) -> Token | None:
    """WINNER_DECLARED_RULE: the winner noun a verb of declaring makes of someone ("was declared
    the winner", "was projected as the winner", "declared Clinton the winner"), or None."""
    if verb.lemma_.lower() not in WINNER_DECLARING_VERBS:
        return None
    nouns = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")]
    nouns += [  # "was projected as the winner"
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
    ]
    nouns += [  # "declared Hillary Clinton the winner", the winner hung on the name
        g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"
    ]
    winners = [
        n
        for n in nouns
        if n.lemma_.lower() in WINNER_NOUNS
        and n.pos_ == "NOUN"
        and not any(c.lemma_.lower() in RUNNER_UP_WORDS for c in n.children)
    ]
    return winners[0] if winners else None


def _declared_one(verb: Token, winner: Token) -> Token | None:
    """WINNER_DECLARED_RULE: who is declared the winner: the active verb's object ("declared
    Clinton the winner"), else the subject ("Clinton was declared the winner")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != winner.i]
    return objects[0] if objects else _subject_of(verb)


def _taken_win(verb: Token) -> Token | None:
    """WIN_TAKING_RULE: the win noun a verb of taking one has as its object ("scored a decisive
    victory", "eked out a narrow win", "pulled off a win"), or None."""
    lemma = verb.lemma_.lower()
    if lemma in CONTEST_TAKING_VERBS:
        return _taken_contest(verb)
    if lemma in WIN_TAKING_PARTICLES:
        if not any(
            c.dep_ == "prt" and c.lower_ in WIN_TAKING_PARTICLES[lemma] for c in verb.children
        ):
            return None
    elif lemma not in WIN_TAKING_VERBS:
        return None
    wins = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and NOUN_CLASS.get(c.lemma_.lower()) == "win"
    ]
    return wins[0] if wins else None


def _taken_contest(verb: Token) -> Token | None:
    """CONTEST_TAKING_RULE: the contest noun a verb of taking one has as its object ("took the
    Democratic contest"), or through a count of them ("taking two of the three contests"), or
    None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj]
        if obj.tag_ in COUNTED_OBJECT_TAGS:  # "two of the three contests"
            nouns = [
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        for noun in nouns:
            # the parser's lemma of "caucuses" is "caucuse": the word itself is a contest too
            if noun.pos_ == "NOUN" and {noun.lemma_.lower(), noun.lower_} & CONTEST_NOUNS:
                return noun
    return None


def _hit_and_run(token: Token) -> Token | None:
    """HIT_AND_RUN_RULE: the "run" of the "hit and run" a token is a word of, or None."""
    near = token.doc[max(token.i - 6, 0) : token.i + 7]
    words = [t for t in near if t.lower_ not in HIT_AND_RUN_JOINERS]
    for k in range(len(words) - len(HIT_AND_RUN_WORDS) + 1):
        run = words[k + len(HIT_AND_RUN_WORDS) - 1]
        phrase = words[k : k + len(HIT_AND_RUN_WORDS)]
        if (
            tuple(HIT_AND_RUN_SPELLINGS.get(t.lower_, t.lower_) for t in phrase)
            == HIT_AND_RUN_WORDS
            and run.i - phrase[0].i <= 2 * (len(HIT_AND_RUN_WORDS) - 1)  # only joiners between
            and any(t.i == token.i for t in phrase)
        ):
            return run
    return None


def _describes_next_noun(run: Token) -> bool:
    """Whether a "hit and run" stands before the noun it describes ("a hit-and-run driver")."""
    following = run.nbor(1) if run.i + 1 < len(run.doc) else None
    return following is not None and following.pos_ in ("NOUN", "PROPN")


def _retort(verb: Token) -> bool:
    """RETORT_RULE: "shot back" / "fired back" with words or a topic under it is a retort."""
    if verb.lemma_.lower() not in RETORT_VERBS:
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in RETORT_PARTICLES for c in verb.children):
        return False
    return any(
        c.dep_ in RETORT_SPEECH_DEPS or (c.dep_ == "prep" and c.lower_ in RETORT_TOPIC_PREPOSITIONS)
        for c in verb.children
    )


def _steep_rise(verb: Token) -> bool:
    """RISE_RULE: "shot up" with no object is a rise ("spending shot back up")."""
    return (
        verb.lemma_.lower() in RISE_VERBS
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in RISE_PARTICLES for c in verb.children)
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    )


def _verdict_complement(verb: Token) -> Token | None:
    """VERDICT_RULE: the verdict word completing "find" ("found guilty"), or None."""
    if verb.pos_ != "VERB":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in VERDICT_COMPLEMENT_DEPS and c.lower_ in VERDICT_COMPLEMENTS
        ),
        None,
    )


def _generic_claim(verb: Token, lemma: str, sentence: Span, ctx: _Context) -> Claim | None:
    """An event named by any other verb ("Reid checked into rehab on Tuesday"): its class is
    its lemma (with its particle) unless a synonym names a known class ("passed away" is
    "die"). Verbs of saying, light verbs, and verbs under "will"/"could" make none."""
    if lemma in PERSON_OBJECT_EVENTS and _person_object(verb, ctx):
        pass  # "stopped Tony Thompson": an event, though "stop" alone says nothing
    elif any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_EVENTS for c in verb.children):
        pass  # "Chris Weitz is taking over the director's chair": a phrasal verb of its own
    elif _object_event(verb, lemma):
        pass  # OBJECT_EVENT_RULE: "is seeking help", "is due to appear before magistrates"
    elif _callout_scene(verb) is not None:
        pass  # CALLOUT_RULE: "Firefighters were called to Wasilla Bible Church"
    elif lemma in FOUND_DEAD_VERBS and _has_child(verb, FOUND_DEAD):
        pass  # FOUND_DEAD_RULE: "was found dead at her home on Sunday"
    elif lemma in GENERIC_STOP or lemma in MAGNITUDE_VERBS or not lemma.isalpha():
        return None
    if _other_verb_sense(verb, lemma):
        return None  # AS_FRAME_RULE, OTHER_SENSE_OBJECTS/SUBJECTS, STANDING_RULE
    if (
        verb.dep_ == "relcl"
        and _negated(verb)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in verb.head.children)
    ):
        return None  # "a coach who hasn't won a title": what kind of coach, not an event
    if not _planned(verb) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in verb.children
    ):
        return None
    particle = next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS)
        ),
        "",
    )
    exit_prep = _exit_particle(verb)
    if not particle and exit_prep is not None:
        particle = exit_prep.lower_  # "checked out of rehab": leaving, not checking in
    phrase = f"{lemma} {particle}".strip()
    if particle == "" and any(
        c.dep_ == "acomp"
        or (c.dep_ == "oprd" and c.pos_ == "ADJ" and c.lower_ not in DEATH_COMPLEMENTS)
        for c in verb.children
    ):
        return None  # "became ill", "looks tired", "proved adept at": a state, not an event
    # "shot dead": an adjective that completes the verb
    dead = any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead" for c in verb.children)
    if dead:
        phrase = f"{lemma} dead"
    # the class is the verb's lemma: "checked herself in" and "checked into" are one event
    cls = GENERIC_SYNONYMS.get(phrase) or f"v:{lemma}"
    if exit_prep is not None and phrase not in GENERIC_SYNONYMS:
        cls = f"v:{phrase}"  # EXIT_PARTICLES: "checked out of" is not "checked into"
    for child in verb.children:
        if child.dep_ == "dobj" and not any(g.dep_ == "det" for g in child.children):
            cls = OBJECT_SYNONYMS.get((lemma, child.lemma_.lower()), cls)
    fire = _fought_fire(verb, lemma)
    if fire is not None:
        cls = FIREFIGHTING_CLASS  # FIREFIGHTING_RULE: "were tackling the blaze" is fighting it
    last_event = ctx.last_event
    claim = _event_claim(verb, cls, phrase, sentence, ctx)
    if cls.startswith("v:"):
        ctx.last_event = last_event  # "was also present": at the meeting, not at the verb
    claim.arguments = _arguments(verb, ctx)
    if exit_prep is not None:
        # what was left: "checked out of rehab" -> rehab
        claim.arguments = sorted({*claim.arguments, *_arguments(exit_prep, ctx)})
    claim.quantities = claim.quantities + _quantities_in_preps(verb, ctx)
    if fire is not None:
        # "the last of the blaze": the fire fought; "50 firefighters with 10 fire engines"
        claim.arguments = sorted({*claim.arguments, fire.lemma_.lower()})
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            claim.quantities += _quantities_in_preps(subject, ctx, FIREFIGHTING_COMPANY)
    if dead:
        # "left three people dead": the dead are the subject of "dead" in some parses
        for complement in (c for c in verb.children if c.lower_ == "dead"):
            claim.quantities += _quantities_in(complement, ctx, only_subject=True)
    return claim


def _fought_fire(verb: Token, lemma: str) -> Token | None:
    """FIREFIGHTING_RULE: the fire a verb of fighting has as its object ("fought the blaze"), also
    through the part of it fought ("tackling the last of the blaze"), or None ("fought cancer")."""
    if lemma not in FIREFIGHTING_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        of = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"]
        for noun in (obj, *(g for p in of for g in p.children if g.dep_ == "pobj")):
            if noun.lemma_.lower() in FIRE_NOUNS:
                return noun
    return None


def _dismissed_as_description(verb: Token) -> bool:
    """DISMISS_AS_RULE: "dismissed Walker as an ineffective leader" (an "as" phrase of a thing
    described with "a"/"an"), not "was dismissed as Trump's campaign manager"."""
    return verb.lemma_.lower() in DISMISS_AS_VERBS and any(
        prep.dep_ == "prep"
        and prep.lower_ == AS_FRAME_PREPOSITION
        and any(
            d.dep_ == "det" and d.lower_ in DISMISS_AS_DESCRIBING_DETERMINERS
            for obj in prep.children
            if obj.dep_ == "pobj"
            for d in obj.children
        )
        for prep in verb.children
    )


def _other_verb_sense(verb: Token, lemma: str) -> bool:
    """A verb read in a sense that is no event: "cast him as a false conservative" (AS_FRAME_RULE),
    "drew boos", "did not return calls" (OTHER_SENSE_OBJECTS), "attention returned to ..."
    (OTHER_SENSE_SUBJECTS), "counting on his supporters" (OTHER_SENSE_PREPOSITIONS), "moving
    ahead of Cruz" (STANDING_RULE)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in AS_FRAME_VERBS and any(
        c.dep_ == "prep" and c.lower_ == AS_FRAME_PREPOSITION for c in verb.children
    ):
        if not any(o.lemma_.lower() in AS_FRAME_ROLE_OBJECTS for o in objects):
            return True
    senses = OTHER_SENSE_OBJECTS.get(lemma)
    if senses and any(o.lemma_.lower() in senses for o in (*objects, *_conjuncts(objects))):
        return True
    prepositions = OTHER_SENSE_PREPOSITIONS.get(lemma)
    if prepositions and any(
        c.dep_ in ("prep", "prt")
        and c.lower_ in prepositions
        and c.i == verb.i + 1  # "counting on his supporters", not "counted them on Tuesday"
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    ):
        return True
    subjects = OTHER_SENSE_SUBJECTS.get(lemma)
    if subjects and any(c.dep_ == "nsubj" and c.lemma_.lower() in subjects for c in verb.children):
        return True
    return lemma in STANDING_VERBS and any(
        c.dep_ in ("advmod", "prep", "prt") and c.lower_ in STANDING_WORDS for c in verb.children
    )


def _passive_phrase(verb: Token) -> Token | None:
    """PASSIVE_DISMISSAL_RULE: the complement of a passive verb that names an event with it
    ("was let go"), or None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and (verb.lemma_.lower(), c.lemma_.lower()) in PASSIVE_PHRASE_CLASSES
        ),
        None,
    )


def _phrase_class(verb: Token) -> tuple[str, str] | None:
    """PHRASE_CLASSES: the class and relation of a verb told with a preposition and noun that
    name an event of the tables ("taken into custody" -> arrest)."""
    lemma = verb.lemma_.lower()
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            cls = PHRASE_CLASSES.get((lemma, prep.lower_, obj.lemma_.lower()))
            if cls is not None:
                return cls, f"{lemma} {prep.lower_} {obj.lower_}"
    return None


def _callout_scene(verb: Token) -> Token | None:
    """CALLOUT_RULE: the "to" phrase of a passive call-out ("were called to the church"), or
    None ("called him a liar", "called on the government", "called to say")."""
    if verb.lemma_.lower() not in CALLOUT_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ == CALLOUT_PREPOSITION
            and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        ),
        None,
    )


def _object_event(verb: Token, lemma: str) -> bool:
    """OBJECT_EVENT_RULE: whether a GENERIC_STOP verb tells an event by its object noun ("is
    seeking help", "appear in court", "takes office")."""
    nouns = OBJECT_EVENTS.get(lemma)
    if not nouns:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects)


def _family_claim(children: Token, sentence: Span, ctx: _Context) -> Claim | None:
    """FAMILY_COUNT_RULE: how many children someone has, told by a counted children's noun under a
    parent ("father of two sons"), a sibling ("one of six children"), a household ("a family with
    six children") or those who survive someone ("survived by his wife and two sons")."""
    quantity = _quantity_of(children)
    if quantity is None or quantity.bound != "exact":
        return None
    if any(c.dep_ == "det" for c in children.children):
        return None  # "one of the 12 children who survived": a group, not someone's family
    head = children
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head  # "survived by his wife and two sons", "by his wife, two sons"
    if _left_behind(head):
        anchor = head.head  # "left behind his wife and three sons", parsed with an object
        word = anchor.lemma_.lower()
    elif head.dep_ != "pobj":
        return None
    else:
        prep, anchor = head.head, head.head.head
        word = anchor.lemma_.lower()
    if head.dep_ == "dobj":
        pass  # "left behind his wife and three sons"
    elif prep.lower_ == LEFT_BEHIND_WORD and word in LEFT_BEHIND_VERBS:
        pass  # "leaves behind a wife and seven children"
    elif prep.lower_ == "of" and (word in KIN_NOUNS or anchor.lower_ in SIBLING_WORDS):
        pass  # "father of two sons", "one of six children"
    elif prep.lower_ in ("with", "of") and word in HOUSEHOLD_NOUNS:
        pass  # "a family with six children"
    elif prep.dep_ == "agent" and word in SURVIVOR_VERBS:
        pass  # "is survived by his wife and two sons"
    else:
        return None
    claim = Claim(
        id="",
        article=ctx.article.id,
        sentence=sentence,
        trigger=_token_span(children),
        predicate=FAMILY_CLASS,
        relation=word,
        quantities=[quantity],
    )
    for key, span in _family_owner(anchor, ctx):
        claim.participants.append(Participant("agent", key, span))
    return claim


def _left_behind(noun: Token) -> bool:
    """FAMILY_COUNT_RULE: whether a noun is the object of "leave behind" (LEFT_BEHIND_VERBS), its
    "behind" a particle, an adverb or a preposition with no object of its own."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in LEFT_BEHIND_VERBS
        and any(
            c.lower_ == LEFT_BEHIND_WORD and not any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children
        )
    )


def _family_owner(anchor: Token, ctx: _Context) -> list[tuple[str, Span]]:
    """Whose children a family count counts: the noun the parent is in apposition to ("Ortiz,
    the father of two boys"), the subject of the verb the count is said with ("Page was one of six
    children", "she was born into a family with six children", "he is survived by two sons")."""
    token = anchor
    for _ in range(4):
        if token.dep_ == "appos":
            return _named_people(token.head, ctx)
        if token.pos_ in ("VERB", "AUX"):
            subject = _subject_of(token)
            return _named_people(subject, ctx) if subject is not None else []
        if token.dep_.startswith("nsubj") or token.head.i == token.i:
            return []
        token = token.head
    return []


def _named_people(token: Token, ctx: _Context) -> list[tuple[str, Span]]:
    """The people a noun phrase names; a small tagger calls some people organisations or groups
    ("Bettie Mae Page was one of six children", "Klitschko improved to 58-3"), so those count
    too."""
    return [
        (k, s) for k, s in _entities_in(token, ctx) if k.startswith(("person:", "org:", "group:"))
    ]


def _record_claims(ctx: _Context) -> list[Claim]:
    """RECORD_RULE: a fighter's knockouts at a record ("Rahman (45-7-2, 36 KOs)"), one claim of
    the class "record@<wins-losses>" per record told beside a name or a verb's subject."""
    claims = []
    for match in RECORD_PATTERN.finditer(ctx.text):
        start = match.start("tally")
        span = ctx.doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = ctx.sent_at[span[0].i]
        owner = [
            (m.entity, m.span)
            for m in ctx.mentions
            if m.entity.startswith(("person:", "org:", "group:"))
            and sent.start_char <= m.span.start
            and m.span.end <= start
            and RECORD_GAP.fullmatch(ctx.text[m.span.end : start])
        ]
        if not owner:
            # "Klitschko improved to 58-3 (51 KO)": the subject of the verb the record is under
            verb = next((t for t in span[0].ancestors if t.pos_ in ("VERB", "AUX")), None)
            subject = _subject_of(verb) if verb is not None else None
            # "47 KO's" parsed as the subject, or tagged a name: never the fighter
            owner = [
                (key, where)
                for key, where in (_named_people(subject, ctx) if subject is not None else [])
                if where.end <= start or where.start >= match.end()
            ]
        if not owner:
            continue
        count = Span(match.start("count"), match.end("unit"))
        claims.append(
            Claim(
                id="",
                article=ctx.article.id,
                sentence=Span(
                    sent.start_char, _rstrip_end(ctx.text, sent.start_char, sent.end_char)
                ),
                trigger=Span(start, match.end("tally")),
                predicate=f"{RECORD_CLASS}@{match.group('tally')}",
                relation=RECORD_CLASS,
                participants=[Participant("agent", owner[-1][0], owner[-1][1])],
                quantities=[Quantity(count, float(match.group("count")), RECORD_UNIT)],
            )
        )
    return claims


def _toll_count(verb: Token) -> tuple[Token, str, Quantity] | None:
    """TOLL_RULE: the toll noun, its event class and the count a verb gives it ("the death toll
    rose to 10" -> die, 10 people); None for any other verb, a modal one ("could rise to 20"),
    or a toll of another kind ("the injury toll")."""
    lemma = verb.lemma_.lower()
    if lemma in TOLL_VERBS:
        role, preposition = ("nsubj",), TOLL_VERBS[lemma]
    elif lemma in TOLL_SETTING_VERBS:
        role, preposition = ("dobj",), TOLL_SETTING_VERBS[lemma]
    else:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in verb.children):
        return None
    noun = next(
        (c for c in verb.children if c.dep_ in role and c.lemma_.lower() in TOLL_NOUNS), None
    )
    if noun is None:
        return None
    kind = next((c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")
                 and c.lemma_.lower() in TOLL_CLASSES), "")  # fmt: skip
    if kind == "" and any(c.dep_ == "compound" for c in noun.children):
        return None  # "the injury toll": not the dead
    if preposition is None:
        numbers = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        numbers = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == preposition
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for number in numbers:
        counted = _quantity_of(number)
        if counted is not None:
            return noun, TOLL_CLASSES[kind], counted
        value = _number(number) if number.like_num else None
        if value is not None:
            start = min(t.idx for t in number.subtree)
            quantity = Quantity(Span(start, number.idx + len(number)), value, TOLL_UNIT,
                                _bound(number))  # fmt: skip
            return noun, TOLL_CLASSES[kind], quantity
    return None


def _exit_particle(verb: Token) -> Token | None:
    """The particle of a leaving parsed as a preposition (EXIT_PARTICLES): the "out" of
    "checked out of rehab", which has an "of" phrase of its own and no object."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in EXIT_PARTICLES
            and not any(g.dep_ == "pobj" for g in child.children)
            and any(g.dep_ == "prep" and g.lower_ == EXIT_PREPOSITION for g in child.children)
        ):
            return child
    return None


def _person_object(verb: Token, ctx: _Context) -> bool:
    """Whether a verb's direct object names a person ("stopped Tony Thompson") or is one of the
    people a contest or a crime has (CONTEST_PEOPLE, PEOPLE_NOUNS: "stopping the former
    heavyweight champion", "stopped the suspect")."""
    return any(
        c.dep_ == "dobj"
        and (
            ctx.mention_at.get(c.i, "").startswith("person:")
            or c.lemma_.lower() in CONTEST_PEOPLE | PEOPLE_NOUNS
        )
        for c in verb.children
    )


def _arguments(verb: Token, ctx: _Context, prepositions: frozenset[str] = frozenset()) -> list[str]:
    """Lemmas of the common nouns that are a verb's object or the object of one of its
    prepositions ("checked into rehab" -> rehab; "retained the title" -> title): what lets
    two reports' claims of one verb be matched when they name no one in common."""
    found: list[str] = []
    for child in verb.children:
        nouns = []
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPOSITIONS:
            nouns += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in prepositions:
            # "shot at the officers" (people), not "shot them at the plant" (a place)
            nouns += [
                g
                for g in child.children
                if g.dep_ == "pobj"
                and (g.lower_ in PEOPLE_NOUNS or g.lemma_.lower() in PEOPLE_NOUNS)
            ]
        # "offer Teixeira an eight-year contract", parsed with the contract in apposition
        nouns += [a for n in list(nouns) for a in n.children if a.dep_ == "appos"]
        if child.dep_ == "dative":
            nouns += [a for a in child.children if a.dep_ == "appos"]
        nouns = [_kind_of(n) for n in nouns]
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.i not in ctx.mention_at:
                word = noun.lemma_.lower()
                if word.isalpha() and word not in TIME_UNITS and word not in found:
                    found.append(word)
    return sorted(found)


def _kind_of(noun: Token) -> Token:
    """The thing a kind noun is a kind of (KIND_NOUNS): "versions of the crown" -> crown."""
    if noun.lemma_.lower() not in KIND_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return noun


def _quantities_in_preps(
    verb: Token, ctx: _Context, prepositions: frozenset[str] | None = None
) -> list[Quantity]:
    """Counted nouns under the verb's prepositions: "in 162 games", "to 20 years"; with
    ``prepositions``, only under those, also when conjoined ("with murder and six counts")."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prepositions is not None and prep.lower_ not in prepositions:
            continue
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        # "with murder and six counts of homicide", "behind a wife and seven children"
        objects += _conjuncts(objects)
        for obj in objects:
            quantity = _quantity_of(obj)
            if quantity and quantity.unit not in TIME_UNITS and quantity.unit not in NOUN_CLASS:
                found.append(quantity)
    return found


def _additional_denied(verb: Token) -> bool:
    """ADDITIVE_DENIAL_RULE: a negation with "also"/"too" in its scope ("didn't also rescind")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    negations = [c.i for c in verb.children if c.dep_ == "neg"]
    return bool(negations) and any(
        c.lower_ in ADDITIVE_WORDS and c.i > min(negations) for c in verb.children
    )


def _opens_condition(t: Token) -> bool:
    """A word whose subtree is a condition or a question asked (see ``_conditions``)."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
        return True
    if _inverted(t):  # however the parser attaches it (advcl, parataxis, a question)
        return True
    if _time_to_come(t):  # TIME_TO_COME_RULE
        return True
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in ASKING_VERBS and _asks(t)


def _conditions(doc: Doc) -> list[bool]:
    """Whether each token of ``doc``, by index, is inside an if/whether/unless clause, however
    deep ("if it comes down to a contest with a coach who hasn't won a title"), a condition told
    by inversion ("should he actually win", "had they won the seat"), or a question asked
    ("asked which candidate won"): not a claim. One pass: a word is in a condition when it opens
    one (``_opens_condition``) or its head is in one, so each word is tested once and each climb
    stops at the first word already known."""
    up = [t.head.i for t in doc]
    known: list[int] = [0 if up[i] == i else -1 for i in range(len(doc))]  # roots: outside
    for t in doc:
        # only a word with a conditional mark, an auxiliary or a ccomp can open a condition;
        # "when" is an adverb to the parser (TIME_TO_COME_RULE)
        dep = t.dep_
        timely = dep == "advmod" and t.lower_ in TIME_TO_COME_MARKS
        if dep == "mark" or dep in ("aux", "auxpass") or timely:
            opener = t.head
        elif dep == "ccomp":
            opener = t
        else:
            continue
        if _opens_condition(opener):
            known[opener.i] = 1
    return [k == 1 for k in _resolve_up(known, up, -1)]


def _may_state(token: Token) -> bool:
    """Whether ``_claims_at`` can read a claim at the word at all: every reading there starts
    from a verb, an auxiliary, a noun or proper noun, a gerund, or an attendance adjective
    ("was present"); any other word is passed over before the costlier tests."""
    return (
        token.pos_ in CLAIM_POS
        or token.tag_ == "VBG"
        or (token.dep_ == "acomp" and token.lemma_.lower() in ATTENDANCE_ADJECTIVES)
    )


def _time_to_come(clause: Token) -> bool:
    """TIME_TO_COME_RULE: an adverbial clause (or a sentence the parser cut short there) opened
    by once/when/whenever/until, its finite verb in the present tense ("once Gonzalez arrives",
    "when he comes", "once he has left")."""
    if clause.dep_ not in ("advcl", "ROOT"):  # a root: the parser cut the sentence short
        return False
    if not any(
        c.dep_ in ("mark", "advmod")
        and c.lower_ in TIME_TO_COME_MARKS
        and c.i < clause.i
        and (clause.dep_ == "advcl" or c.i == clause.left_edge.i)
        for c in clause.children
    ):
        return False
    finite = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in PRESENT_TENSE_TAGS for v in finite) and not any(
        v.tag_ == "VBD" for v in finite
    )


def _inverted(verb: Token) -> bool:
    """ "should he win", "had they won": the auxiliary before the subject."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITION_AUX and c.i < min(subjects)
        for c in verb.children
    )


def _asks(clause: Token) -> bool:
    """A clause that opens with a question word ("which candidate won", "who won")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in QUESTION_WORDS


def _consequent(verb: Token) -> bool:
    """The main clause of a condition, told with a modal ("If nothing is done, the explosion
    will sweep ..."; "unless talks resume, they would strike"): it says what would happen."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    )


def _hypothetical(verb: Token) -> bool:
    """An infinitive names an event that was wanted, ordered or feared, not one that happened:
    "calls for him to quit", "ordered Gray to fire Felt"; unless its head says it came about
    ("had the opportunity to meet", "managed to escape")."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in PURPOSE_HEADS:
        return True  # "to ensure that species are not harmed"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    passive = (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ == INFINITIVE_BE for c in verb.children)
        and verb.head.lemma_.lower() not in SEEMING_HEADS
    )  # PASSIVE_INFINITIVE_RULE: "to be reunited"
    if verb.tag_ != "VB" and not passive:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if _result_of(verb) is not None:
        return False  # RESULT_RULE: "blasted Rahman to retain the titles"
    if verb.head.lemma_.lower() in CHANCE_NOUNS:
        return not _chance_taken(verb.head)  # CHANCE_RULE
    if _instrument_used(verb):
        return False  # INSTRUMENT_USE_RULE: "the firearm he used to kill Trayvon Martin"
    return verb.head.lemma_.lower() not in REALISED_HEADS and not _planned(verb)


def _instrument_used(verb: Token) -> bool:
    """INSTRUMENT_USE_RULE: whether an infinitive tells what a past "used" did with the thing
    used, its object or the noun it describes ("the firearm he used to kill Trayvon Martin",
    "used a rifle to kill nine people"); not "used to live in Ohio", "will use drones to
    strike", "did not use a gun to kill him"."""
    use = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or use.lemma_.lower() not in INSTRUMENT_USE_VERBS:
        return False
    if use.tag_ not in INSTRUMENT_USE_TAGS or _negated(use):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in use.children):
        return False
    if any(c.dep_ == "auxpass" and c.tag_ in GENERAL_USE_TAGS for c in use.children):
        return False  # what a thing is for: "thermal coal, which is used to produce power"
    if use.dep_ == "acl" and not any(c.dep_ == "agent" for c in use.children):
        return False  # so with no one using it: "an automated system used to track documents"
    things = [c for c in use.children if c.dep_ == "dobj"]
    if not things and use.dep_ not in INSTRUMENT_DESCRIBING_DEPS:
        return False  # "He used to live in Ohio": a habit
    if any(_person_used(t) for t in things or [use.head]):
        return False  # a habit misparsed: "reminding Republicans that their leaders used to"
    if things:
        return True  # "used a rifle to kill nine people"
    # the noun described is the thing used, not its doer ("Paris, who used to work on Capitol
    # Hill") nor where or when ("tyrants, where they used to vote in a guy"), and a clause a
    # "that" opens is no description ("reminding Republicans that their leaders used to"): habits
    return not any(
        (c.dep_ == "nsubj" and c.tag_ in RELATIVE_SUBJECT_TAGS)
        or c.tag_ == RELATIVE_ADVERB_TAG
        or c.dep_ == "mark"
        for c in (*use.children, *verb.children)
    )


def _person_used(thing: Token) -> bool:
    """INSTRUMENT_USE_RULE: whether the thing said to be used names people, which are not used
    to do something but misparse a habit ("Republicans that their leaders used to support")."""
    return thing.ent_type_ in PERSON_ENTITY_TYPES or thing.lemma_.lower() in PEOPLE_NOUNS


def _user_of(use: Token) -> Token | None:
    """INSTRUMENT_USE_RULE: who used the thing: the "by" phrase of a passive use ("the gun used by
    George Zimmerman"), none when it names none ("the firearm that was used"), else the subject
    of the use ("the gun he used", "Powell used a separate computer")."""
    passive = use.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in use.children)
    if not passive:
        return _subject_of(use)
    for agent in use.children:
        if agent.dep_ == "agent":
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _chance_taken(noun: Token) -> bool:
    """CHANCE_RULE: a chance or opportunity that was had, got, taken or seized, not denied ("had
    the opportunity to meet"; not "stand a chance to win", "never got a chance to vote")."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in CHANCE_TAKING_VERBS
        and verb.tag_ in CHANCE_TAKEN_TAGS
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _conjoined_wanted(verb: Token, ctx: _Context) -> bool:
    """CONJOINED_INFINITIVE_RULE: a bare verb conjoined to a wanted infinitive (_hypothetical)
    shares its "to" and what it is under: "vowed to find the bombers and bring them to justice"
    tells no bringing. Inside an aim ("plans to reforest ... and sell the offsets") the aim
    grades it its subject's plan instead (AIM_RULE)."""
    if verb.tag_ not in ("VB", "VBN") or verb.dep_ != "conj":
        return False
    if any(_inside(_token_span(verb), aim.content) for aim in ctx.aims):
        return False
    token = verb
    for _ in range(3):
        if any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
            return False
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if _hypothetical(token):
            return True
        if token.dep_ != "conj":
            return False
    return False


def _modal(verb: Token) -> bool:
    """MODAL_EVENT_RULE: a verb told with "would", "could", "must" ... and neither a perfect nor a
    plan ("must win", "could be charged", "might not win"; not "may have been killed", "will
    defend")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a in IRREALIS_AUX and a not in PLANNED_AUX for a in auxiliaries):
        return False
    if any(a in PERFECT_AUX for a in auxiliaries):
        return False
    return not _planned(verb)


def _hypothetical_noun(noun: Token) -> bool:
    """HYPOTHETICAL_NOUN_RULE: an event noun told as "a"/"an"/"another" one, the subject of a
    verb with a modal of possibility or condition, is an event supposed, not one that happened:
    "a California victory would keep Sanders' campaign going", "a loss in either state would
    knock her out". Not a perfect, which hedges a past ("a shooting may have been a robbery"),
    nor what could be perceived of one ("an explosion could be heard across the city")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in SUPPOSED_DETERMINERS for c in noun.children):
        return False
    if noun.head.lemma_.lower() in PERCEPTION_HEADS:
        return False
    auxiliaries = [c.lower_ for c in noun.head.children if c.dep_ in ("aux", "auxpass")]
    if any(a in PERFECT_AUX for a in auxiliaries):
        return False
    return any(a in IRREALIS_AUX and a not in PLANNED_AUX for a in auxiliaries)


def _prospected(noun: Token) -> bool:
    """PROSPECT_RULE: an event noun after "of" under a noun of prospect ("the prospect of a
    Trump nomination", "the possibility of another attack")."""
    preposition = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and preposition.lower_ == PROSPECT_PREPOSITION
        and preposition.head.lemma_.lower() in PROSPECT_NOUNS
    )


def _bidden(verb: Token) -> bool:
    """PLEA_RULE: a bare verb with no subject and no auxiliary but "do" that a sentence or a verb
    of saying holds: '"Don't shoot him," she says'."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.dep_ not in BIDDING_DEPS:
        return False
    if verb.dep_ != "ROOT" and verb.head.lemma_.lower() not in BIDDING_SPEECH_VERBS:
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")
        or (c.dep_ in ("aux", "auxpass") and c.lemma_.lower() not in BIDDING_AUX)
        for c in verb.children
    ):
        return False
    # DESCRIBED_SUBJECT_RULE: "Trump, who has 9 million followers, did not tweet" has a subject
    return _described_subject(verb) is None


def _asked(verb: Token) -> bool:
    """QUESTION_RULE: an auxiliary before the verb's subject, and a question mark after the verb
    in its sentence: '"Did you shoot him?"'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not any(
        c.dep_ in ("aux", "auxpass") and c.i < min(subjects) for c in verb.children
    ):
        return False
    sentence = verb.sent
    return any(t.text == QUESTION_MARK for t in sentence if t.i > verb.i)


def _wanted_gerund(verb: Token) -> bool:
    """WANTED_GERUND_RULE: a gerund under a preposition of an infinitive that was wanted or needed
    (_hypothetical), or of a conjunct sharing its "to", is wanted too: "We need to bring a close
    to this primary process and get on to defeating Donald Trump" tells no defeat; "after
    defeating Trump in Iowa, Cruz ..." (no infinitive above it) still does."""
    if verb.tag_ != "VBG" or verb.dep_ != GERUND_UNDER_PREPOSITION or verb.head.dep_ != "prep":
        return False
    if verb.head.lower_ in DONE_GERUND_PREPOSITIONS:
        return False
    token = verb.head.head
    for _ in range(3):
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if _hypothetical(token):
            return True
        if token.dep_ != "conj" or any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
            return False
        token = token.head
    return False


def _result_of(verb: Token) -> Token | None:
    """RESULT_RULE: the past act whose outcome a to-infinitive of RESULT_VERBS tells ("blasted
    Rahman ... to retain the titles" -> blasted), or None: a head that is no past act ("hopes
    to retain", "will fight to retain", "did not fight to retain") makes it only wanted."""
    if verb.lemma_.lower() not in RESULT_VERBS or verb.dep_ != "advcl" or verb.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    act = verb.head
    if act.i == verb.i or act.pos_ != "VERB" or act.tag_ != "VBD" or _negated(act):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in act.children):
        return None
    if not any(c.dep_ == "dobj" for c in act.children):
        return None  # "trained hard to retain his titles": an effort, not an act on someone
    return act


def _planned(verb: Token) -> bool:
    """PLANNED_RULE: whether a verb tells a coming event fixed for later ("will defend", "is set
    to meet", "is due to appear"), also as a conjunct with no
    subject or auxiliary of its own of a verb that does ("will fly to Beijing and meet Xi")."""
    if (
        verb.dep_ == "ROOT"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in HEADLINE_PLAN_AUX for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return True  # HEADLINE_PLAN_RULE: "Elian, Dad to be reunited"
    token = verb
    for _ in range(3):
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLANNED_AUX for c in token.children):
            return True
        head = token.head
        if (
            token.dep_ == "xcomp"
            and head.lemma_.lower() in SCHEDULE_HEADS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ == "prt" for c in head.children)
        ):
            return True  # "is set to meet", "is due to appear"
        if token.dep_ != "conj" or head.i == token.i:
            return False
        if any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
            return False
        token = head
    return False


def _right_sense(verb: Token, cls: str, ctx: _Context) -> bool:
    """Event verbs with other senses: the object decides ("met expectations", "fired teargas")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if cls == "meet":
        for obj in objects:
            if obj.lemma_.lower() in NOT_MEETING_OBJECTS:
                return False
            if obj.dep_ == "dobj" and obj.pos_ == "PRON" and obj.lower_ in ("them", "it"):
                return False  # "did not meet them": no one named is met
    if cls == "win" and any(o.lemma_.lower() in NOT_CONTEST_OBJECTS for o in objects):
        return False
    if cls == "charge" and verb.lemma_.lower() == "charge" and _charged_other_sense(verb):
        return False  # CHARGED_ADJECTIVE_RULE, ACCUSATION_RULE
    if verb.lemma_.lower() in PERSON_OBJECT_VERBS:
        return not _carries_out_a_plan(objects, ctx)
    if cls in PERSON_OBJECT_CLASSES:
        if not objects:
            return cls not in ("fire", "release")
        return _names_people(objects, ctx)
    return True


def _names_people(objects: list[Token], ctx: _Context) -> bool:
    """Whether the objects name a person or people (a name, a pronoun, a noun of people, a
    bare count), by themselves, their appositions, conjuncts and compounds, or whom a relative
    clause describes."""
    heads = [
        t
        for obj in objects
        for t in (obj, *obj.children)
        if t is obj or t.dep_ in ("appos", "conj", "compound")
    ]
    heads += [d for t in heads if (d := _described_by(t)) is not None]  # RELATIVE_RULE
    return any(
        t.lower_ in PERSON_RELATIVES
        or t.lower_ in INDEFINITE_PEOPLE
        or ctx.mention_at.get(t.i, "").startswith(("person:", "group:"))
        or t.lower_ in PERSON_PRONOUNS | SPEAKER_PRONOUNS
        or t.ent_type_ in PERSON_ENTITY_TYPES
        or t.lemma_.lower() in PEOPLE_NOUNS
        or _described_as_person(t)
        or _bare_count(t)
        or _age_noun(t)
        for t in heads
    )


def _carries_out_a_plan(objects: list[Token], ctx: _Context) -> bool:
    """EXECUTED_PLAN_RULE: no object, or only things: common nouns that are not counts and name
    no one, or "it"/"this"/"that" ("will execute with aplomb", "executed this flawlessly")."""
    return all(
        o.lower_ in NEUTER_PRONOUNS
        or (o.pos_ == "NOUN" and _number(o) is None and not _names_people([o], ctx))
        for o in objects
    )


def _thing_object(verb: Token, lemma: str, ctx: _Context) -> bool:
    """THING_OBJECT_RULE: whether a verb of a class that needs a person object ("release",
    "fire") is told of a thing instead ("released a video", "the transcripts were released"):
    an object, none a person, and no other sense of the word ("a politically charged visit")."""
    cls = VERB_CLASS[lemma]
    if (cls not in PERSON_OBJECT_CLASSES and lemma not in PERSON_OBJECT_VERBS) or (
        lemma != verb.lemma_.lower()
    ):
        return False
    objects = [c for c in verb.children if c.dep_ in THING_OBJECT_DEPS]
    if not objects or not all(o.pos_ in THING_OBJECT_POS for o in objects):
        return False  # "released them", "the old was arrested": nothing known to be a thing
    if cls == "charge" and _charged_other_sense(verb):
        return False
    return not _right_sense(verb, cls, ctx)


def _charged_other_sense(verb: Token) -> bool:
    """CHARGED_ADJECTIVE_RULE and ACCUSATION_RULE: "a politically charged visit", "the charged
    term", "critics charged that ...", "charging ahead": no criminal charge."""
    if verb.dep_ in CHARGED_ADJECTIVE_DEPS:
        return True
    return any(
        (c.dep_ == "advmod" and c.lower_ in CHARGED_DEGREE_ADVERBS)
        or (c.dep_ in ("advmod", "prt") and c.lower_ in CHARGE_RUSH_WORDS)
        or c.dep_ in CHARGE_CLAUSE_DEPS
        for c in verb.children
    )


def _scheduled_noun(noun: Token) -> bool:
    """SCHEDULED_NOUN_RULE: an event noun set for a time ("a NATO summit set for April", "the
    meeting is scheduled for Monday")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    fixers = [c for c in noun.children if c.dep_ in SCHEDULED_NOUN_DEPS]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i:
        fixers.append(noun.head)
    return any(
        f.lemma_.lower() in SCHEDULE_HEADS
        and any(c.dep_ == "prep" and c.lower_ in SCHEDULED_PREPOSITIONS for c in f.children)
        for f in fixers
    )


def _described_as_person(noun: Token) -> bool:
    """A noun a who-clause describes is a person: "a convicted sex offender who was the subject
    of a manhunt was captured Monday"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "relcl"
        and any(
            g.dep_.startswith("nsubj") or g.dep_ == "dobj"
            for g in c.children
            if g.lower_ in PERSON_RELATIVES
        )
        for c in noun.children
    )


def _age_noun(token: Token) -> bool:
    """AGE_NOUN_RULE: "the 25-year-old" standing alone for a person (not "a 25-year-old man",
    whose noun says who)."""
    return token.lower_ in AGE_NOUN_HEADS and any(
        c.lower_ in AGE_NOUN_UNITS and any(g.like_num for g in c.children) for c in token.children
    )


def _bare_count(token: Token) -> bool:
    """A cardinal standing alone for whom it counts: "46 were arrested" (an arrest of people;
    the count itself is not read: no noun says what it counts)."""
    return (
        token.pos_ == "NUM"
        and _number(token) is not None
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _governed_by_light(noun: Token) -> bool:
    """Whether a light verb states this event noun, which then makes the claim: "the meeting
    took place", "held talks", "a fire that began at night" (a relative clause)."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        light = _lemma(clause)
        # "a fire that began ..." (subject), "a fire which was set Friday night" (passive)
        deps = {"nsubjpass"} if light in OBJECT_LIGHT_VERBS else {"nsubj", "nsubjpass"}
        if light in LIGHT_VERBS and any(
            c.dep_ in deps and c.lower_ in RELATIVE_PRONOUNS for c in clause.children
        ):
            return True
    head = noun.head
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and _phrase_class(head.head) is not None:
        return True  # "placed under arrest": the phrase states the arrest (PHRASE_CLASSES)
    taken = _taken_win(head) if head.pos_ == "VERB" else None
    if taken is not None and taken.i == noun.i:
        return True  # WIN_TAKING_RULE: "scored a decisive victory": the verb states the win
    light = _lemma(head)
    return (
        head.i != noun.i
        and head.pos_ in ("VERB", "AUX")
        and light in LIGHT_VERBS
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not (noun.dep_ == "nsubj" and light in OBJECT_LIGHT_VERBS)
        and not (light in PASSIVE_LIGHT_VERBS and (noun.dep_ == "dobj" or _has_dep(head, "agent")))
    )


def _has_dep(token: Token, dep: str) -> bool:
    return any(child.dep_ == dep for child in token.children)


def _other_sense(noun: Token, ctx: _Context) -> bool:
    """An event noun in another sense under its head (OTHER_SENSE_HEADS: "opened fire"),
    capitalised inside a sentence, where it is a title (TITLE_PRONE_NOUNS: "Catching Fire") or a
    name (NAME_PRONE_NOUNS: "The Blaze"), inside an idiom (IDIOM_PHRASES: "feet to the fire"),
    caught by a person (CAUGHT_FIRE_RULE), an outburst (FIGURATIVE_EXPLOSION_RULE), a great many
    (FLOOD_OF_RULE: "a tsunami of questions"), or in the singular where only the plural names
    the event (PLURAL_ONLY_SENSE_NOUNS: "talk")."""
    lemma = noun.lemma_.lower()
    if lemma in TITLE_PRONE_NOUNS and noun.text[:1].isupper() and not noun.is_sent_start:
        return True
    if (
        _outlet_name(noun)
        or _in_idiom(noun)
        or _caught_by_someone(noun, ctx)
        or _outburst(noun)
        or _flood_of(noun)
    ):
        return True
    if lemma in PLURAL_ONLY_SENSE_NOUNS and noun.tag_ != "NNS":
        return True  # PLURAL_ONLY_SENSE_RULE: "any talk that …" is no meeting
    modifiers = OTHER_SENSE_MODIFIERS.get(lemma)
    if (
        modifiers
        and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in modifiers for c in noun.children
        )
        and not (
            lemma in PARTNERED_SENSE_NOUNS
            and any(
                c.dep_ == "prep" and c.lower_ in PARTNERED_SENSE_PREPOSITIONS for c in noun.children
            )
        )
    ):
        return True  # "gun violence", "domestic violence", "the winter meetings"
    kinds = KIND_OBJECT_HEADS.get(lemma)
    if (
        kinds
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in kinds
        and not any(c.dep_ in KIND_OBJECT_DETERMINERS for c in noun.children)
    ):
        return True  # KIND_OBJECT_RULE: "meant to incite violence"
    if lemma in BALLOT_NOUNS and _cast_by_someone(noun, ctx):
        return True  # CAST_VOTE_RULE: "Mrs. Clinton's 2002 vote", "his vote for the bill"
    if noun.lower_ in HEADLINE_VERB_NOUNS and _between_names(noun):
        return True  # "Romney blasts Trump": the verb, tagged a plural noun
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in AIMED_OBJECT_HEADS.get(lemma, ()):
        return True  # AIMED_FIRE_RULE: "will direct their fire against Mr. Trump"
    heads = OTHER_SENSE_HEADS.get(lemma)
    return bool(heads) and noun.head.i != noun.i and noun.head.lemma_.lower() in heads


def _cast_by_someone(noun: Token, ctx: _Context) -> bool:
    """CAST_VOTE_RULE: whether a noun's possessor is a person or a body that votes ("his",
    "Mrs. Clinton's", "the senator's", "the Senate's"), not a day or a place."""
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ in CASTER_POSSESSIVES
            or c.lemma_.lower() in PEOPLE_NOUNS
            or ctx.mention_at.get(c.i, "").startswith(CASTER_KEYS)
        )
        for c in noun.children
    )


def _outlet_name(noun: Token) -> bool:
    """OUTLET_NAME_RULE: "The Blaze" inside a sentence is an outlet's name."""
    return (
        noun.lemma_.lower() in NAME_PRONE_NOUNS
        and noun.text.istitle()
        and noun.i > 0
        and noun.doc[noun.i - 1].text in NAME_ARTICLES
    )


def _in_idiom(noun: Token) -> bool:
    """FIRE_IDIOMS: the noun inside one of its fixed phrases (IDIOM_PHRASES), each word matched
    by its lemma or its form ("hold their feet to the fire", "a cease-fire")."""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    for phrase in IDIOM_PHRASES.get(lemma, ()):
        start = noun.i - phrase.index(lemma)
        if start < 0 or start + len(phrase) > len(doc):
            continue
        if all(
            word in (doc[start + k].lemma_.lower(), doc[start + k].lower_)
            for k, word in enumerate(phrase)
        ):
            return True
    return False


def _caught_by_someone(noun: Token, ctx: _Context) -> bool:
    """CAUGHT_FIRE_RULE: fire, the object of "catch" whose subjects are all people ("Sanders
    caught fire with the activists", "the physician who briefly caught fire")."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or noun.lemma_.lower() not in FIRE_NOUNS
        or verb.lemma_.lower() not in CAUGHT_FIRE_VERBS
    ):
        return False
    # every subject a person: the parse may hang a name inside a long subject as a second one
    # ("The Wasilla Bible Church, ... the religious outpost for ... Sarah Palin has caught fire")
    subjects = _own_or_shared_subjects(verb)
    return bool(subjects) and all(
        s.lower_ in PERSON_PRONOUNS
        or s.lower_ in PERSON_RELATIVES
        or ctx.mention_at.get(s.i, "").startswith("person:")
        for s in subjects
    )


def _own_or_shared_subjects(verb: Token) -> list[Token]:
    """The verb's active subjects, else those of the verb it is conjoined to ("stood at 200,000
    and has since exploded")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _outburst(token: Token) -> bool:
    """FIGURATIVE_EXPLOSION_RULE: "explode"/"explosion" told of an amount, a feeling, a quarrel
    or an activity ("an explosion in fund-raising", "deaths are exploding"), or a verb that
    exploded to do something ("has exploded to hold 2.3 million inmates")."""
    if token.lemma_.lower() not in EXPLOSION_WORDS:
        return False
    objects = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in OUTBURST_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(_outburst_word(o) for o in objects):
        return True
    if token.pos_ != "VERB":
        return False
    if any(c.dep_ in OUTBURST_INFINITIVE_DEPS for c in token.children):
        return True
    return any(_outburst_word(s) for s in _own_or_shared_subjects(token))


def _flood_of(noun: Token) -> bool:
    """FLOOD_OF_RULE: "a tsunami of questions" (an "of" object that is no date or number)."""
    return noun.lemma_.lower() in FLOOD_NOUNS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "CARDINAL") and not o.like_num
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _outburst_word(noun: Token) -> bool:
    """An amount, feeling or quarrel (OUTBURST_NOUNS), or a bare -ing noun of an activity
    ("fund-raising", "rioting"; "the building" is a place)."""
    if noun.lemma_.lower() in OUTBURST_NOUNS:
        return True
    return (
        noun.pos_ in ("NOUN", "VERB")
        and noun.lower_.endswith("ing")
        and not any(c.dep_ in KIND_OBJECT_DETERMINERS for c in noun.children)
    )


def _between_names(token: Token) -> bool:
    """Written between two capitalised words ("Romney blasts Trump"), whatever their tags (the
    parse that misreads the verb mostly misreads the names too)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is None or after is None:
        return False
    # not "Two blasts", "The Kabul blasts Monday": a count or article before, a date after
    return (
        before.text[:1].isupper()
        and not (before.is_stop or before.like_num)
        and after.text[:1].isupper()
        and after.ent_type_ not in ("DATE", "TIME")
        and after.lower_ not in WEEKDAYS
    )


def _has_child(token: Token, lower: str) -> bool:
    return any(child.lower_ == lower for child in token.children)


def _event_argument(verb: Token, ctx: _Context) -> tuple[str, Token] | None:
    """The event noun a light verb states: its subject or object, or "it" for one."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            lemma = child.lemma_.lower()
            if child.dep_ == "nsubj" and verb.lemma_.lower() in OBJECT_LIGHT_VERBS:
                continue
            if verb.lemma_.lower() in PASSIVE_LIGHT_VERBS and (
                child.dep_ == "dobj" or _has_dep(verb, "agent")
            ):
                continue  # REPORTED_EVENT_RULE: the passive subject of no named reporter
            if lemma in NOUN_CLASS and not _other_sense(child, ctx):
                return NOUN_CLASS[lemma], child
            # "protests and riots have erupted": an event noun conjoined to the argument
            for conj in (c for c in child.children if c.dep_ == "conj"):
                if conj.lemma_.lower() in NOUN_CLASS:
                    return NOUN_CLASS[conj.lemma_.lower()], conj
            if lemma in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "a fire that began while people were inside": the pronoun is the noun the
                # clause describes, an event only if that noun names one
                head = verb.head
                if head.lemma_.lower() in NOUN_CLASS and head.pos_ in ("NOUN", "PROPN"):
                    return NOUN_CLASS[head.lemma_.lower()], head
                continue
            if (
                lemma in NEUTER_PRONOUNS
                and child.dep_.startswith("nsubj")
                and ctx.last_event
                and verb.lemma_.lower() in OCCURRENCE_VERBS
                and (verb.lemma_.lower() != "take" or _has_child(verb, "place"))
            ):
                # "it allegedly took place on July 1": it = the event just named
                event = _event_in_sentence_before(verb, ctx) or ctx.last_event
                return event[0], child
    return None


def _event_in_sentence_before(token: Token, ctx: _Context) -> tuple[str, Span] | None:
    sent = ctx.sent_at[token.i]
    for prev in reversed(sent[: token.i - sent.start]):
        lemma = prev.lemma_.lower()
        if lemma in NOUN_CLASS and prev.pos_ in ("NOUN", "PROPN"):
            return NOUN_CLASS[lemma], Span(prev.idx, prev.idx + len(prev))
    return None


def _event_claim(
    token: Token,
    cls: str,
    relation: str,
    sentence: Span,
    ctx: _Context,
    event_token: Token | None = None,
) -> Claim:
    trigger = event_token or token
    sequenced = _sequenced_instance(trigger, cls)
    if sequenced:
        cls = f"{cls}@{sequenced}"
    elif trigger.pos_ in ("NOUN", "PROPN"):
        modifiers = [c.lower_ for c in trigger.children if c.dep_ == "amod"]
        if any(m in ATTEMPT_MODIFIERS for m in modifiers):
            cls = f"{cls}@attempt"  # "the attempted murder of a man": no killing
        elif any(m in PART_MODIFIERS for m in modifiers):
            part = next(m for m in modifiers if m in PART_MODIFIERS)
            cls = f"{cls}@{part}"  # "the initial tremor lasted just over 10 seconds"
    elif event_token is None and not cls.startswith("v:") and _bare_plural_object(token):
        cls = f"{cls}@{SERIES_INSTANCE}"  # "attacked banks and shops"
    if "@" not in cls and (
        _planned(token)
        or any(c.dep_ == "amod" and c.lower_ in PLANNED_MODIFIERS for c in trigger.children)
        or _scheduled_noun(trigger)
    ):
        cls = f"{cls}@{PLANNED_INSTANCE}"  # PLANNED_RULE: "will defend his title in Moscow"
    claim = Claim(
        id="",
        article=ctx.article.id,
        sentence=sentence,
        trigger=_token_span(trigger),
        predicate=cls,
        relation=relation,
        negated=_failed(token) if _under_fail(token) else _negated_past(token),
    )
    onset = token.head if _onset_of(token) else None
    if onset is not None:
        claim.negated = claim.negated or _negated_past(onset)
    own_times: list[TimeRef] = []
    if event_token is not None and token.lemma_.lower() in SEQUENCE_VERBS:
        # "Monday's shooting follows two last week in Atlanta": the verb's objects, times and
        # places are of the other event; the subject noun keeps only its own, and the dates
        # of a verb with no object outside its after/before phrase ("the clashes late on
        # Tuesday came after a vigil")
        own_times = _unsequenced_times(token, ctx)
        token = event_token
    claim.participants = _participants(token, trigger, ctx)
    named = _of_participants(trigger, cls, claim.participants, ctx)
    again = {p.entity for p in named}  # "a stoppage against Thompson": beaten, not a partner
    claim.participants = [p for p in claim.participants if p.entity not in again] + named
    act = _result_of(token) if token.pos_ == "VERB" else None
    if act is not None and _subject_of(act) is not None:
        # RESULT_RULE: the doer of the act achieved its outcome ("Klitschko blasted Rahman to
        # retain the titles": Klitschko retained them)
        claim.participants += [
            Participant("agent", key, span)
            for key, span in _entities_in(_subject_of(act), ctx)
            if key.startswith(("person:", "org:", "group:"))
            and key not in {p.entity for p in claim.participants}
        ]
    times = _times_of(token, ctx) + (_times_of(trigger, ctx) if trigger is not token else [])
    times += own_times
    if act is not None and not times:
        times = _times_of(act, ctx)  # RESULT_RULE: "... on Saturday night to retain the titles"
    dated = []
    for time in times + (_times_of(onset, ctx) if onset is not None else []):
        if time.type == "DURATION" and time.anchor is None:
            if _is_length(time, token):
                claim.duration = claim.duration or time
        elif time.type in ("DATE", "TIME") or time.anchor is not None:
            dated.append(time)
    dated = [t for t in dated if not _converted(t, ctx)]
    if not dated:
        # "was shot while walking home on Saturday": when the overlapping doing was
        dated = [
            t
            for c in _overlapping_clauses(token)
            for t in _times_of(c, ctx)
            if t.type in ("DATE", "TIME")
        ]
    if not dated:
        # WHEN_CLAUSE_RULE: "died when an Athens bank went up in flames Wednesday"
        dated = [
            t for c in _when_clauses(token) for t in _times_of(c, ctx) if t.type in ("DATE", "TIME")
        ]
    # "this morning (July 24)": a time of day that names no day gives way to one that does
    claim.time = next(
        (t for t in dated if not _names_no_day(t, ctx.text)), dated[0] if dated else None
    )
    if "@" not in cls and token is trigger and _dated_ahead(trigger, claim.time, ctx):
        claim.predicate = f"{cls}@{PLANNED_INSTANCE}"  # DATED_AHEAD_RULE: "a meeting next week"
    subject = _subject_of(token)
    claim.place = (
        _place_of_callout(token, ctx)
        or _place_of(token, ctx)
        or _place_left(token, ctx)
        or (_place_of(trigger, ctx) if trigger is not token else None)
        or _place_before(trigger, cls, ctx)
        or (_place_of(onset, ctx) if onset is not None else None)
        or (_place_of_attached(token, ctx) if token.pos_ in ("VERB", "AUX") else None)
        or _place_of_overlap(token, ctx)
        or _place_of_relative(token, ctx)
        or (_place_of(act, ctx) or _place_of_attached(act, ctx) if act is not None else None)
        # "Police in Jakarta arrested him", "the quakes in Papua killed one person"
        or (
            _place_of(subject, ctx, described=True)
            if subject is not None and subject.pos_ != "PRON"
            else None
        )
        # OFFICIALS_PLACE_RULE: "An Atlanta judge sentenced him" (an act of the tables)
        or (_place_of_officials(subject, token, ctx) if not cls.startswith("v:") else None)
    )
    claim.quantities = (
        _quantities_in(token, ctx)
        or _quantities_of_noun(trigger)
        or (
            _quantities_in_preps(token, ctx, COUNT_PREPOSITIONS)
            if token.pos_ == "VERB" and not cls.startswith("v:")
            else []
        )
        or (_described_counts(token) if cls.split("@")[0] in PEOPLE_COUNT_CLASSES else [])
        or (_bare_people_counts(token) if cls.split("@")[0] in PEOPLE_COUNT_CLASSES else [])
    )
    if token.pos_ == "VERB" and not cls.startswith("v:"):
        claim.quantities += [
            q
            for q in _included_counts(token, ctx)
            if q.span not in {x.span for x in claim.quantities}
        ]
    ctx.last_event = (cls, claim.trigger)
    return claim


def _dated_ahead(noun: Token, time: TimeRef | None, ctx: _Context) -> bool:
    """DATED_AHEAD_RULE: an event noun whose own date begins after the day the article was
    published ("invited Trump for a meeting with GOP leaders next week")."""
    if noun.pos_ not in ("NOUN", "PROPN") or time is None or time.start is None:
        return False
    published = (ctx.article.published or "")[:10]
    return bool(published) and time.start[:10] > published


def _described_counts(verb: Token) -> list[Quantity]:
    """COUNTED_PARTICIPLE_RULE: the count of the noun an event's participle describes ("the 49
    people killed at Pulse")."""
    if (
        verb.pos_ != "VERB"
        or verb.dep_ not in COUNTED_PARTICIPLE_DEPS
        or verb.tag_ not in COUNTED_PARTICIPLE_TAGS
    ):
        return []
    quantity = _quantity_of(verb.head) or _others_count(verb, verb.head)
    return [quantity] if quantity is not None and quantity.unit not in TIME_UNITS else []


def _others_count(verb: Token, noun: Token) -> Quantity | None:
    """OTHERS_COUNT_RULE: the count of "N others" done to by ``verb`` when it is joined to an
    event of another kind ("killed three people and wounded two others"), else None."""
    cls = VERB_CLASS.get(verb.lemma_.lower())
    if noun.lower_ not in OTHERS_WORDS or cls is None:
        return None
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    if verb.dep_ in COUNTED_PARTICIPLE_DEPS and noun.dep_ == "conj":
        partners.append(noun.head)  # "100 people have been killed and 1,000 others wounded"
    if not any(
        p.pos_ == "VERB" and VERB_CLASS.get(p.lemma_.lower()) not in (None, cls) for p in partners
    ):
        return None
    for child in noun.children:
        if child.dep_ == "nummod":
            value = _number(child)
            if value is None:
                return None
            start = min(t.idx for t in child.subtree)
            return Quantity(Span(start, noun.idx + len(noun)), value, TOLL_UNIT, _bound(child))
    return None


def _bare_people_counts(verb: Token) -> list[Quantity]:
    """BARE_COUNT_RULE: a cardinal standing alone as the subject or object of an event done to
    people, counting people ("the blast killed 12", "at least 46 were arrested")."""
    if verb.pos_ != "VERB":
        return []
    found = []
    for arg in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if not _bare_count(arg) and arg.lower_ not in VAGUE_NUMBERS:
            continue
        if any(c.lower_ in PARTIAL_COUNT_WORDS for c in arg.children):
            continue  # "wounding other 70", "killing two more": a part of a total
        if any(c.dep_ == "prep" for c in arg.children):
            continue  # "five of the victims", "dozens of others": counted elsewhere
        value = _number(arg) if arg.lower_ not in VAGUE_NUMBERS else NUMBER_WORDS[arg.lower_]
        if value is None:
            continue
        start = min(t.idx for t in arg.subtree)
        found.append(
            Quantity(Span(start, arg.idx + len(arg)), float(value), TOLL_UNIT, _bound(arg))
        )
    return found


def _included_counts(verb: Token, ctx: _Context) -> list[Quantity]:
    """INCLUDED_COUNT_RULE: counts in an "including" phrase of the verb or of its subject or
    object ("killed 12, including three children")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return [
        q for holder in holders for q in _quantities_in_preps(holder, ctx, INCLUDING_PREPOSITIONS)
    ]


def _unsequenced_times(verb: Token, ctx: _Context) -> list[TimeRef]:
    """Dates on a sequence verb with no object that are not inside its after/before phrase:
    "the clashes late on Tuesday came after a vigil" (Tuesday), not "came after the vigil on
    Monday" (the vigil's) nor "follows two last week" (an object's)."""
    if any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return []
    own = []
    for time in _times_of(verb, ctx):
        span = verb.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or time.type not in ("DATE", "TIME"):
            continue
        path = []
        for ancestor in span.root.ancestors:
            if ancestor.i == verb.i:
                break
            path.append(ancestor)
        if not any(a.lower_ in SEQUENCE_MARKS for a in path):
            own.append(time)
    return own


def _place_of_attached(verb: Token, ctx: _Context) -> Place | None:
    """A place phrase the parse hung on the verb's object or time word rather than on the verb
    (PLACE_ATTACHMENT_DEPS): "killed a woman in Queens", "defended his titles in Germany
    today", "Yesterday in Los Angeles, Bettie Page succumbed"."""
    words = [c for c in verb.children if c.dep_ in PLACE_ATTACHMENT_DEPS]
    # AGENT_PLACE_RULE: "was stabbed to death by an inmate at a prison in Chino", the phrase
    # hung on the noun of the passive's by-phrase
    words += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    # "offered Teixeira an eight-year contract at ...", parsed with the contract in apposition
    words += [a for w in words for a in w.children if a.dep_ == "appos"]
    for word in words:
        if word.pos_ not in ("NOUN", "PROPN"):
            continue
        if ctx.mention_at.get(word.i, "").startswith(PLACE_PREFIXES):
            continue  # "hit southern Iran": the object is a place, not placed
        if (
            word.dep_ == "dobj"
            and word.lemma_.lower() in NOUN_CLASS
            and verb.lemma_.lower() not in LIGHT_VERBS
        ):
            continue  # OBJECT_EVENT_PLACE_RULE: "condemned the bomb attacks in Kenya"
        found = _place_of(word, ctx)
        if found and _tagged_place(found.span, ctx):
            # only a name tagged a place: "expressed interest in Teixeira" is no place, though
            # the gazetteer knows a town of that name
            return found
    return None


def _place_before(noun: Token, cls: str, ctx: _Context) -> Place | None:
    """COMPOUND_PLACE_RULE: the town named before an event noun of COMPOUND_PLACE_CLASSES ("the
    Paris attacks": Paris), else None (a country or a state: "a U.S. raid")."""
    if noun.pos_ != "NOUN" or cls.split("@")[0] not in COMPOUND_PLACE_CLASSES:
        return None
    return _town_before(noun, ctx)


def _place_of_officials(subject: Token | None, verb: Token, ctx: _Context) -> Place | None:
    """OFFICIALS_PLACE_RULE: the town named before the officials who do the act ("An Atlanta
    judge sentenced Nichols": Atlanta), else None ("a Chicago police officer was shot")."""
    if subject is None or subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if subject.lemma_.lower() not in LOCAL_OFFICIALS:
        return None
    return _town_before(subject, ctx)


def _town_before(noun: Token, ctx: _Context) -> Place | None:
    """The town (not a country or a state) a noun's compound names before it ("the Paris
    attacks", "an Atlanta judge"), or None."""
    from corroborator.places import place_path

    for child in noun.children:
        key = ctx.mention_at.get(child.i, "")
        if child.dep_ != "compound" or child.i > noun.i or not key.startswith(PLACE_PREFIXES):
            continue
        span = _mention_span(child, key, ctx)
        path = place_path(ctx.text[span.start : span.end])
        # a country's or a US state's path ends in its code ("US", "IA"), a town's in its name
        if path is not None and not path[-1].isupper():
            return Place(key, span, "in")
    return None


def _place_left(verb: Token, ctx: _Context) -> Place | None:
    """SITE_EXIT_RULE: where the site an event leaves is ("escaped from a prison in Houston");
    none for a journey ("transported from a prison in Huntsville to one in Beaumont")."""
    if verb.pos_ != "VERB":
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in JOURNEY_PREPOSITIONS for p in preps):
        return None
    for prep in (p for p in preps if p.lower_ in SITE_LEAVING_PREPOSITIONS):
        if any(g.dep_ == "pobj" and g.lemma_.lower() in SITE_NOUNS for g in prep.children):
            found = _place_under(prep, ctx)
            if found:
                return Place(found[0], found[1], "in")
    return None


def _tagged_place(span: Span, ctx: _Context) -> bool:
    """Whether the entity tagger (not only the gazetteer) calls the words at ``span`` a place."""
    doc = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return doc is not None and any(
        ctx.mention_at.get(t.i, "").startswith(PLACE_PREFIXES) for t in doc
    )


def _place_of_callout(verb: Token, ctx: _Context) -> Place | None:
    """CALLOUT_RULE: the scene emergency services were called to ("were called to Wasilla Bible
    Church in Wasilla" -> Wasilla)."""
    scene = _callout_scene(verb) if verb.pos_ == "VERB" else None
    found = _place_under(scene, ctx) if scene is not None else None
    return Place(found[0], found[1], "in") if found else None


def _place_of_relative(verb: Token, ctx: _Context) -> Place | None:
    """WHERE_RULE: the place a "where" clause describes, for an event told in that clause: "drove
    to Baytown, where he restrained the officers" (Baytown), "a hospital in Santiago, where she
    died" (the hospital is placed in Santiago)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "where he restrained the officers and took their guns"
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in WHERE_RELATIVES for c in clause.children
    ):
        return None
    noun = clause.head
    key = ctx.mention_at.get(noun.i)
    if key and key.startswith(PLACE_PREFIXES):
        return Place(key, _mention_span(noun, key, ctx), "in")
    return _place_of(noun, ctx)


def _place_of_overlap(verb: Token, ctx: _Context) -> Place | None:
    """Where the event's doer was busy when it happened: "was stabbed to death while working
    at a state prison in Chino" (a subjectless OVERLAP_MARKS clause; "while her husband was in
    Paris" places nothing)."""
    for clause in _overlapping_clauses(verb):
        # "while working as a corrections officer at a state prison in Chino"
        roles = [
            o
            for p in clause.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for found in (_place_of(t, ctx) for t in (clause, *roles)):
            if found:
                return found
    return None


def _overlapping_clauses(verb: Token) -> list[Token]:
    """Subjectless OVERLAP_MARKS clauses of a verb ("shot while walking home")."""
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ in OVERLAP_MARKS for c in clause.children)
        and not any(c.dep_.startswith("nsubj") for c in clause.children)
    ]


def _when_clauses(verb: Token) -> list[Token]:
    """WHEN_CLAUSE_RULE: the "when" clauses of a verb ("died when a bank went up in flames")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_MARKS for c in clause.children)
    ]


def _converted(time: TimeRef, ctx: _Context) -> bool:
    """CONVERTED_CLOCK: a clock time in brackets right after another time ("(0241 GMT
    Friday)"), that time in another zone."""
    if time.type != "TIME":
        return False
    opening = CONVERSION_OPEN.search(ctx.text, max(0, time.span.start - 6), time.span.start)
    return opening is not None and opening.start() in ctx.time_ends


def _names_no_day(time: TimeRef, text: str) -> bool:
    """A time of day that names no day and was not resolved to one: "this morning" or
    "6:41pm" in an undated report (TIMEX3 "XXXX-XX-XXTMO"). A clock time with its day keeps
    the day in its value ("9:40 p.m. Friday" undated: XXXX-WXX-5T21:40, timex
    CLOCK_DAY_VALUE), so it names one."""
    return time.start is None and time.value.startswith(DAYLESS_VALUE)


def _onset_of(verb: Token) -> bool:
    """Whether a verb is the event an onset verb starts ("Voting did not begin", ONSET_VERBS)."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ONSET_DEPS
        and verb.head.i != verb.i
        and verb.head.lemma_.lower() in ONSET_VERBS
    )


def _fatal(verb: Token, cls: str) -> str:
    """ "kill" for a verb of a FATAL_CLASSES class told with "to death" or "dead"; else cls."""
    if cls not in FATAL_CLASSES:
        return cls
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "advmod", "xcomp") and child.lower_ in DEATH_COMPLEMENTS:
            return "kill"
        if child.dep_ == "prep" and child.lower_ == "to":
            if any(g.dep_ == "pobj" and g.lower_ in DEATH_COMPLEMENTS for g in child.children):
                return "kill"
    return cls


def _bare_plural_object(verb: Token) -> bool:
    """Whether a verb's object is a plural with no article, number or possessor ("attacked
    banks and corporate shops", "arrested protesters"): it tells of a run of happenings,
    not of one whose place or date another report could dispute."""
    if verb.pos_ != "VERB":
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.tag_ != "NNS" or obj.ent_type_:
            return False
        if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in obj.children):
            return False
        return True
    return False


def _sequenced_instance(trigger: Token, cls: str) -> str:
    """ "earlier" or "later" when the event word sits in a clause or phrase that puts it before
    or after an event of the same class ("Thursday's shooting came just weeks after a driver
    shot eight people"; "the quake struck a year after the quake of 2004"): another instance
    of that class. "" when it does not."""
    token = trigger
    for _ in range(3):
        head = token.head
        if head.i == token.i:
            return ""
        mark = ""
        if token.dep_ == "advcl":
            mark = next((c.lower_ for c in token.children if c.dep_ == "mark"), "")
            governor = head
        elif token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            mark, governor = head.lower_, head.head
        if mark in SEQUENCE_MARKS:
            classes = _classes_of(governor)
            if governor.lemma_.lower() in SEQUENCE_VERBS and classes & VIOLENCE_CLASSES:
                # "Thursday's shooting came weeks after a driver fatally shot eight people"
                classes |= VIOLENCE_CLASSES
            return SEQUENCE_MARKS[mark] if cls in classes else ""
        if token.dep_ not in ("conj", "relcl", "acl", "xcomp", "ccomp"):
            return ""
        token = head
    return ""


def _classes_of(token: Token) -> set[str]:
    """The event classes a word states: its own, or for a light or sequence verb, those of
    its subject and object nouns ("Thursday's shooting came ...": shoot)."""
    lemma = token.lemma_.lower()
    found = set()
    if token.pos_ == "VERB" and lemma in VERB_CLASS:
        found.add(VERB_CLASS[lemma])
    if token.pos_ in ("NOUN", "PROPN") and lemma in NOUN_CLASS:
        found.add(NOUN_CLASS[lemma])
    if lemma in LIGHT_VERBS or lemma in SEQUENCE_VERBS:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in NOUN_CLASS:
                if lemma in PASSIVE_LIGHT_VERBS and (
                    child.dep_ != "nsubjpass" or _has_dep(token, "agent")
                ):
                    continue  # REPORTED_EVENT_RULE
                found.add(NOUN_CLASS[child.lemma_.lower()])
    return found


def _quantities_of_noun(noun: Token) -> list[Quantity]:
    """Counts an event noun carries: "the deaths of eight women", "murder of eight workers"."""
    if noun.pos_ != "NOUN":
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                quantity = _quantity_of(obj) if obj.dep_ == "pobj" else None
                if quantity and quantity.unit not in TIME_UNITS:
                    return [quantity]
    return []


def _attended_thing(token: Token) -> bool:
    """ATTENDED_THING_RULE: whether a verb of attendance has a named object that is no event at
    hand ("formally joined NATO on Friday", "attended the vigil on Sunday")."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ in THING_OBJECT_POS for c in token.children
    )


def _attendance_claim(token: Token, lemma: str, sentence: Span, ctx: _Context) -> Claim | None:
    """'35 people were invited', 'Naryshkin was also present': about the event at hand."""
    head = token.head if token.dep_ == "acomp" else token
    attended = [
        o
        for c in head.children
        for o in ((c,) if c.dep_ == "dobj" else (g for g in c.children if g.dep_ == "pobj"))
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("in", "at"))
    ]
    if any(o.pos_ == "NOUN" and o.lemma_.lower() not in NOUN_CLASS for o in attended):
        return None  # "200 people attended the vigil": another gathering, not the event at hand
    event = _event_in_sentence_before(token, ctx) or ctx.last_event
    if event is None:
        return None
    claim = Claim(
        id="",
        article=ctx.article.id,
        sentence=sentence,
        trigger=_token_span(token),
        predicate=event[0],
        relation=lemma,
        negated=_negated(head),
    )
    subject = _subject_of(head)
    if subject is not None:
        for key, span in _entities_in(subject, ctx, persons_only=True):
            claim.participants.append(Participant("present", key, span))
    claim.quantities = _quantities_in(head, ctx, only_subject=True)
    if not claim.participants and not claim.quantities:
        return None
    for time in _times_of(head, ctx):
        if time.type in ("DATE", "TIME"):
            claim.time = claim.time or time
    return claim


def _location_claim(verb: Token, lemma: str, sentence: Span, ctx: _Context) -> Claim | None:
    """Where someone is, goes or may not be: 'he's in St Petersburg', 'forced to leave for
    Belarus', 'banished from Russia', 'is not on the territory of Belarus'."""
    place: tuple[str, Span] | None = None
    relation = None
    # "was back in Moscow": the preposition may hang off an adverb of the verb
    heads = [
        verb,
        *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "home")),
    ]
    for child in (c for h in heads for c in h.children):
        prep = child.lower_ if child.dep_ == "prep" else None
        if prep and (lemma, prep) in MOVE_RELATIONS:
            place = _place_under(child, ctx)
            relation = MOVE_RELATIONS[(lemma, prep)]
            if place:
                break
        if child.dep_ == "dobj" and (lemma, None) in MOVE_RELATIONS:
            key = ctx.mention_at.get(child.i)
            if key and key.startswith(PLACE_PREFIXES):
                place, relation = (key, _token_span(child)), MOVE_RELATIONS[(lemma, None)]
                break
    told = None
    if place is None:
        place, relation, told = _where_stay(verb, lemma, ctx), "in", f"{lemma} where"
    if place is None or relation is None:
        return None
    subject = _subject_of(verb)
    if subject is None or _described_by(subject) is not None:
        # a relative clause's state describes someone in passing ("her brother Jack Page, who
        # lives in Nashville"), not where the story puts them: RELATIVE_RULE is for events
        return None
    located = _entities_in(subject, ctx)
    located = [(k, s) for k, s in located if k.startswith(("person:", "org:", "group:"))]
    if not located:
        return None
    negated = _negated(verb)
    if negated:
        relation = "not_in" if relation in ("in", "to") else "in"
    claim = Claim(
        id="",
        article=ctx.article.id,
        sentence=sentence,
        trigger=_token_span(verb),
        predicate="locate",
        relation=told or (f"{lemma} {child.lower_}" if child.dep_ == "prep" else lemma),
        participants=[Participant("theme", located[0][0], located[0][1])],
        place=Place(place[0], place[1], relation),
        negated=negated,
    )
    for time in _times_of(verb, ctx):
        if time.type in ("DATE", "TIME"):
            claim.time = claim.time or time
    return claim


def _where_stay(verb: Token, lemma: str, ctx: _Context) -> tuple[str, Span] | None:
    """WHERE_STAY_RULE: the place a "where" clause describes, for a clause that moves or holds
    its subject there ("the Kremlin, where Prigozhin was summoned" -> the Kremlin), or None."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not (lemma in WHERE_STAY_VERBS or (passive and lemma in WHERE_BROUGHT_VERBS)):
        return None
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ in WHERE_RELATIVES for c in verb.children
    ):
        return None
    return _place_named(verb.head, "at", ctx)


def _place_under(prep: Token, ctx: _Context) -> tuple[str, Span] | None:
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        found = _place_named(obj, prep.lower_, ctx)
        if found:
            return found
    return None


def _place_named(obj: Token, preposition: str, ctx: _Context) -> tuple[str, Span] | None:
    """The place a noun names (after ``preposition``; "" for a verb's object): itself, a part
    of it, its apposition, or the place of its "in"/"at"/"of" phrase."""
    key = ctx.mention_at.get(obj.i)
    if key and key.startswith(PLACE_PREFIXES):
        span = _mention_span(obj, key, ctx)
        return _town_of_site(obj, span, ctx) or (key, span)
    if key and key.startswith("org:") and preposition in LANDMARK_PREPOSITIONS:
        from corroborator.places import LANDMARKS

        if key.removeprefix("org:") in LANDMARKS:  # "met Prigozhin in the Kremlin"
            return "place:" + key.removeprefix("org:"), _mention_span(obj, key, ctx)
    if key is None and obj.i not in ctx.time_tokens:  # "in March": a month, not the town
        found = _gazetteer_place(obj)
        if found:
            return found
    # "in Sydney's west", "on Kabul's outskirts": the place a part of it belongs to
    for sub in obj.children:
        key = ctx.mention_at.get(sub.i)
        if (
            sub.dep_ == "poss"
            and obj.lemma_.lower() in PLACE_PARTS_OF
            and key
            and key.startswith(PLACE_PREFIXES)
        ):
            return key, _mention_span(sub, key, ctx)
    # "in the capital, Athens": the place the common noun is, named in apposition
    for sub in obj.children:
        key = ctx.mention_at.get(sub.i)
        if sub.dep_ == "appos" and key and key.startswith(PLACE_PREFIXES):
            return key, _mention_span(sub, key, ctx)
    # APPOSED_SITE_RULE: "at the Ritz, a hotel in Paris": the site the apposition says it is
    if preposition in APPOSED_SITE_PREPOSITIONS:
        for sub in obj.children:
            if (
                sub.dep_ == "appos"
                and sub.pos_ == "NOUN"
                and sub.lemma_.lower() not in PEOPLE_NOUNS
                and not _described_as_person(sub)
            ):
                for prep in sub.children:
                    if prep.dep_ == "prep" and prep.lower_ in APPOSED_SITE_PLACE_PREPOSITIONS:
                        found = _place_under(prep, ctx)
                        if found:
                            return found
    # BEARING_RULE: "in a motel 10 miles north of Detroit"
    found = _place_by_bearing(obj, ctx)
    if found:
        return found
    # "on the territory of Belarus", "at a hospital in Santiago", "at a party in Lagos"; and
    # through a name's own "for"/"of" words (NAME_PASS_THROUGH: "at California Institution for
    # Men in Chino", where the parse hangs "in Chino" on "Men")
    for sub in obj.children:
        if sub.dep_ == "prep" and (
            obj.lemma_.lower() in PLACE_PASS_THROUGH | PART_NOUNS
            or sub.lower_ in ("in", "at", "near")
            or _inside_name(obj, sub, ctx)
        ):
            found = _place_under(sub, ctx)
            if found:
                return found
    return None


def _town_of_site(site: Token, span: Span, ctx: _Context) -> tuple[str, Span] | None:
    """SITE_TOWN_RULE: the town a named site's own "in" phrase names, when the gazetteer does
    not know the site ("at the Harry Truman Library in Independence": Independence), else None."""
    from corroborator.places import place_path  # the gazetteer is loaded on first use

    if site.lemma_.lower() not in SITE_NOUNS:
        return None  # no building or grounds: "at the Winter Meetings in Las Vegas"
    if place_path(ctx.text[span.start : span.end]) is not None:
        return None  # a place the gazetteer knows is where it says
    for prep in site.children:
        if prep.dep_ == "prep" and prep.lower_ in SITE_TOWN_PREPOSITIONS:
            for town in prep.children:
                key = ctx.mention_at.get(town.i)
                if town.dep_ == "pobj" and key and key.startswith(PLACE_PREFIXES):
                    town_span = _mention_span(town, key, ctx)
                    if place_path(ctx.text[town_span.start : town_span.end]) is not None:
                        return key, town_span
    return None


def _place_by_bearing(token: Token, ctx: _Context) -> tuple[str, Span] | None:
    """BEARING_RULE: the named place a short distance and a compass bearing under ``token``
    measure from ("crashed 20 miles east of Houston": Houston), else None."""
    from corroborator.places import NEAR_TOWNS_KM

    for head in (token, *_measured_by(token)):
        for bearing in head.children:
            if bearing.dep_ not in BEARING_DEPS or bearing.lower_ not in BEARING_WORDS:
                continue
            km = _distance_km(bearing)
            if km is None:
                km = _distance_before(bearing)
            if km is None or km > NEAR_TOWNS_KM:
                continue
            for prep in bearing.children:
                if prep.dep_ == "prep" and prep.lower_ == BEARING_PREPOSITION:
                    found = _place_under(prep, ctx)
                    if found:
                        return found
    return None


def _measured_by(noun: Token) -> list[Token]:
    """MEASURED_NOUN_BEARING_RULE: the nouns of the size an event noun is given by a measuring
    participle ("an earthquake registering 6.1 on the Richter scale": scale), where the parser
    hangs a bearing that places the event; none for a verb or another noun."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        obj
        for participle in noun.children
        if participle.dep_ == "acl" and participle.lemma_.lower() in MEASURING_PARTICIPLES
        for prep in participle.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _distance_before(bearing: Token) -> float | None:
    """SPLIT_BEARING_RULE: the distance in kilometres written just before a bearing and the
    words that begin it ("60km south west", "60 km south-west", "60 kilometers north east"),
    however the parser hung them; None when no number and unit stand there."""
    doc = bearing.doc
    i = bearing.i - 1
    while i >= 0 and doc[i].lower_ in BEARING_HALVES:
        i -= 1  # "south west", "south - west": the first words of the bearing
    if i < 1:
        return None
    unit = doc[i]
    per_km = DISTANCE_KM.get(unit.lower_) or DISTANCE_KM.get(unit.lemma_.lower())
    number = _number(doc[i - 1]) if doc[i - 1].like_num else None
    if per_km is None or number is None:
        return None
    return number * per_km


def _distance_km(bearing: Token) -> float | None:
    """The distance in kilometres a bearing word is measured by ("60 km southwest", "about 30
    miles north"), or None when it gives none."""
    for unit in bearing.children:
        if unit.dep_ != "npadvmod":
            continue
        per_km = DISTANCE_KM.get(unit.lower_) or DISTANCE_KM.get(unit.lemma_.lower())
        number = next((_number(c) for c in unit.children if c.dep_ == "nummod"), None)
        if per_km is not None and number is not None:
            return number * per_km
    return None


def _inside_name(obj: Token, prep: Token, ctx: _Context) -> bool:
    """NAME_PASS_THROUGH: whether a preposition and its noun are words of the name ``obj`` is
    part of ("Institution for Men", "Bank of America"), not a phrase about it."""
    key = ctx.mention_at.get(obj.i)
    return (
        key is not None
        and not key.startswith(PLACE_PREFIXES)
        and any(g.dep_ == "pobj" and ctx.mention_at.get(g.i) == key for g in prep.children)
    )


def _gazetteer_place(obj: Token) -> tuple[str, Span] | None:
    """A proper name the tagger did not call a place, read as one when the gazetteer knows it
    ("at an office party in Santiago Friday", where "Santiago Friday" was tagged a date)."""
    if obj.pos_ != "PROPN" or obj.ent_type_ not in UNTAGGED_PLACE_KINDS:
        return None
    words = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i]
    first = min([obj.i, *(c.i for c in words)])
    if any(t.pos_ != "PROPN" for t in obj.doc[first : obj.i + 1]):
        return None
    name = obj.doc[first : obj.i + 1].text
    from corroborator.places import place_path  # the gazetteer is loaded on first use

    if not name[0].isupper() or place_path(name) is None:
        return None
    start = obj.doc[first].idx
    return f"place:{fold(name)}", Span(start, obj.idx + len(obj.text))


def _mention_span(token: Token, key: str, ctx: _Context) -> Span:
    for mention in ctx.mentions:
        if mention.entity == key and mention.span.start <= token.idx < mention.span.end:
            return mention.span
    return _token_span(token)


def _subject_of(verb: Token) -> Token | None:
    """The subject, following xcomp/conj/control chains ("saw Prigozhin forced to leave")."""
    token = verb
    for _ in range(4):
        # subjects of the verb, or misattached to its auxiliary ("that Prigozhin was n't exiled")
        children = [*token.children]
        children += [g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children]
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        named = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
        if not subjects:
            described = _described_subject(token)
            if described is not None:
                return described  # DESCRIBED_SUBJECT_RULE
        if subjects:
            chosen = (named or subjects)[0]
            before = [c for c in (named or subjects) if c.i < token.i and not _name_after_comma(c)]
            if len(before) > 1:
                # NEAREST_SUBJECT_RULE: two subjects on one verb are a misparse; the one next to
                # it is its own ("the rules set to go into effect before President-elect Obama
                # takes office": Obama takes office, not the rules)
                chosen = before[-1]
            return chosen if chosen.dep_ != "expl" else None
        if token.dep_ == "acl" and token.head.dep_ == "dobj":
            token = token.head.head  # "he had the opportunity to meet" -> he
            continue
        if _participial_adjunct(token):
            # PARTICIPLE_SUBJECT_RULE: "Klitschko set aside the challenge, stopping the former
            # champion": a participle clause with no subject of its own has its main clause's;
            # so has a gerund after a preposition ("escaped after pulling a gun")
            token = token.head if token.dep_ == "advcl" else token.head.head
            continue
        if _instrument_used(token):
            return _user_of(token.head)  # INSTRUMENT_USE_RULE: who used the gun did the killing
        said = _said_person(token)
        if said is not None:
            return said  # MISHUNG_SAID_SUBJECT_RULE: "said the gunman, entered the party"
        if token.dep_ in ("xcomp", "acomp", "conj", "ccomp", "advcl") and token.head.i != token.i:
            head = token.head
            if token.dep_ == "xcomp":
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if objects:
                    return objects[0]
            if token.dep_ in ("ccomp", "advcl"):
                return None
            token = head
            continue
        return None
    return None


def _described_subject(verb: Token) -> Token | None:
    """DESCRIBED_SUBJECT_RULE: the name before a comma-delimited relative clause or apposition
    that ends right before a verb with no subject ("Donald Trump, who is vying to be the next
    president, tweeted on Friday" -> Trump), when the name opens its clause and is the root of
    the sentence or hangs under the verb; else None. Not a participle with a "by" doer ("Trump,
    the nominee, endorsed by the NRA, spoke"), nor a name that is an object ("attended the
    wedding to his wife, Melania Knauss, held in a ballroom")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    told = verb.tag_ in DESCRIBED_SUBJECT_TAGS
    if not (told or (verb.tag_ == "VB" and any(c.dep_ == "aux" for c in verb.children))):
        return None  # "did not tweet", "will tweet" are told too
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    doc = verb.doc
    gap = verb.i - 1
    while gap >= 0 and doc[gap].head.i == verb.i and doc[gap].dep_ in DESCRIBED_SUBJECT_GAP_DEPS:
        gap -= 1
    if gap < 2 or doc[gap].text != ",":
        return None
    # the description opens with a comma after the name ("Murphy, the head of Right to Rise
    # USA,": the head, not USA)
    description = next(
        (
            t
            for t in (doc[gap - 1], *doc[gap - 1].ancestors)
            if t.dep_ in DESCRIPTION_DEPS
            and t.head.i < t.left_edge.i - 1
            and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    if description is None or verb in description.subtree:
        return None
    name = description.head
    if name.pos_ not in ("PROPN", "NOUN"):
        return None
    # the name opens its clause: "But Bill Skelly, ...", "On June 4, 2008, Sanders, ..."
    first = name.left_edge
    before = doc[first.i - 1] if first.i > 0 else None
    if not (first.is_sent_start or before.text == "," or before.pos_ == "CCONJ"):
        return None
    under_verb = verb.dep_ == "ROOT" and verb in name.ancestors
    over_verb = name.dep_ == "ROOT" and name in verb.ancestors
    return name if under_verb or over_verb else None


def _participial_adjunct(verb: Token) -> bool:
    """PARTICIPLE_SUBJECT_RULE: whether a verb heads a participle clause adjoined to a verb
    ("..., killing 10 people") or a gerund after its preposition ("after pulling a gun"), whose
    subject is that verb's."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.head.i == verb.i:
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("VERB", "AUX")
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in GERUND_TIME_PREPOSITIONS
        and verb.head.head.pos_ in ("VERB", "AUX")
        and verb.head.head.i != verb.head.i
    )


def _name_after_comma(noun: Token) -> bool:
    """A name right after a comma and another name ("Wasilla, Alaska"): the parse may make it
    a second subject, but it describes the name before it."""
    first = noun.left_edge
    return (
        first.i >= 2
        and first.doc[first.i - 1].text == ","
        and first.doc[first.i - 2].pos_ == "PROPN"
    )


# DATELINE_RULE: a dateline opens a story with where it was filed, before a dash: "CONCORD, N.H.
# - Sen. Bernie Sanders scored a decisive victory", "CAIRO (AP) — Egypt's …", "WASHINGTON —
# Senate Republicans …" (a town in capitals, ingest's DATELINE, or an agency's credit,
# wire.WIRE_DATELINE). The parser often makes its town the subject; it names no doer, so the
# words before the dash are no participant (the town may still place the event). "Concord, the
# state capital, voted" opens with no dateline.
DATELINE_DASH = re.compile(r"\s[-–—―]{1,2}\s|[–—―]")
# A dateline's dash comes within this many characters: town, state, date and agency.
DATELINE_MAX_CHARS = 60
# A town's name is at most three words ("SALT LAKE CITY"); more words in capitals before a dash
# are a heading of a section ("CONGRESS HAS INVESTIGATED HIM — Oz's dubious advice …").
DATELINE_TOWN_WORDS = 3
DATELINE_TOWN = re.compile(r"[^,(\s–—―-]+(?:\s+[^,(\s–—―-]+)*")


def _in_dateline(token: Token) -> bool:
    """DATELINE_RULE: whether ``token`` is a word of the dateline that opens its sentence."""
    sent = token.sent
    head = sent.text[:DATELINE_MAX_CHARS]
    if not (DATELINE.match(head) or WIRE_DATELINE.match(head)):
        return False
    dash = DATELINE_DASH.search(head)
    if dash is None or token.idx - sent.start_char >= dash.start():
        return False
    town = DATELINE_TOWN.match(head)
    return town is not None and len(town.group(0).split()) <= DATELINE_TOWN_WORDS


def _entities_in(token: Token, ctx: _Context, persons_only: bool = False) -> list[tuple[str, Span]]:
    """Entities named by a noun phrase (its head, appositions and conjuncts), or the person a
    pronoun stands for. Possessors ("Putin's former chef") are not the phrase's entity."""
    if token.lower_ in SPEAKER_PRONOUNS:
        return _quoted_speaker(token, ctx)
    named = _name_set_off(token, ctx)
    if named is not None:
        return [named]  # ROLE_NAME_APPOSITION_RULE: "shot the teenager, Kimani Gray,"
    described = _described_by(token)
    if described is not None:
        return _entities_in(described, ctx, persons_only)  # RELATIVE_RULE
    if token.lower_ in PERSON_PRONOUNS or _describes_someone(token, ctx):
        key = _resolve_pronoun(token, ctx)
        return [(key, _token_span(token))] if key else []
    found: list[tuple[str, Span]] = []
    stack = [token]
    while stack:
        tok = stack.pop()
        key = ctx.mention_at.get(tok.i)
        if key and (not persons_only or key.startswith("person:")) and not _in_dateline(tok):
            span = _mention_span(tok, key, ctx)
            if all(k != key for k, _ in found):
                found.append((key, span))
        for child in tok.children:
            if child.dep_ in ("appos", "conj", "compound", "flat"):
                stack.append(child)
        stack += _identified_as(tok)  # IDENTIFIED_RULE
    found.sort(key=lambda item: (not item[0].startswith("person:"), item[1].start))
    return found


def _name_set_off(noun: Token, ctx: _Context) -> tuple[str, Span] | None:
    """ROLE_NAME_APPOSITION_RULE: the person named right after a comma behind a common noun for
    a person ("the teenager, Kimani Gray,"), which the parse hung elsewhere than on the noun
    (MISHUNG_APPOSITION_DEPS); None otherwise."""
    if noun.pos_ != "NOUN" or noun.lower_ not in PEOPLE_NOUNS or noun.i in ctx.mention_at:
        return None
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    key = ctx.mention_at.get(comma + 1, "")
    if not key.startswith("person:"):
        return None
    span = _mention_span(doc[comma + 1], key, ctx)
    name = [t for t in doc[comma + 1 :] if t.idx < span.end]
    heads = [t for t in name if not span.start <= t.head.idx < span.end]
    if len(heads) != 1 or heads[0].dep_ not in MISHUNG_APPOSITION_DEPS:
        return None
    if heads[0].head.i not in (noun.i, noun.head.i):
        return None
    return key, span


def _described_by(pronoun: Token) -> Token | None:
    """RELATIVE_RULE: the noun a relative pronoun's clause describes ("Smith, who was arrested"
    -> Smith), or None."""
    clause = pronoun.head
    if pronoun.lower_ not in RELATIVE_PRONOUNS or clause.dep_ not in DESCRIBING_DEPS:
        return None
    noun = clause.head
    if noun.i == clause.i or noun.lower_ in RELATIVE_PRONOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _identified_as(noun: Token) -> list[Token]:
    """IDENTIFIED_RULE: the names a participle gives a noun ("the gunman, identified as John
    Smith" -> Smith)."""
    return [
        obj
        for acl in noun.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in IDENTIFYING_VERBS
        for prep in acl.children
        if prep.dep_ == "prep" and prep.lower_ == IDENTIFYING_PREPOSITION
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _quoted_speaker(pronoun: Token, ctx: _Context) -> list[tuple[str, Span]]:
    """SPEAKER_RULE: the person quoted whose words hold a first-person pronoun, spanning their
    name ('"I met him," Tara Reid said' -> Reid); none outside a quotation or for a speaker the
    entity module did not name."""
    quoting = [
        a
        for a in ctx.attributions
        if a.mode in QUOTED_MODES and a.content.start <= pronoun.idx < a.content.end
    ]
    if not quoting:
        return []
    source = min(quoting, key=lambda a: a.content.end - a.content.start).source
    if not (source.entity or "").startswith("person:"):
        return []
    return [(source.entity, source.span or _token_span(pronoun))]


def _pronoun_at(span: Span, ctx: _Context) -> bool:
    """Whether a participant's words are a he/she pronoun (resolved, not a name the parse hung on
    the claim)."""
    return ctx.text[span.start : span.end].lower() in PERSON_PRONOUNS


def _speaks_of_self(token: Token) -> bool:
    """Whether a claim's word has a first-person argument (SPEAKER_RULE): its speaker is then a
    participant, not only the one who says it. A verb conjoined to one with a first-person
    subject shares it (SHARED_SPEAKER_RULE: '"I support and endorse Paul Ryan," Trump said')."""
    if any(
        c.lower_ in SPEAKER_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        for c in token.children
    ):
        return True
    return token.dep_ == "conj" and _shared_speaker_subject(token)


def _shared_speaker_subject(verb: Token) -> bool:
    """SHARED_SPEAKER_RULE: a verb with no subject of its own conjoined to one whose subject is
    "I" ('"I met him and told him," she said')."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    subject = _subject_of(verb)
    return subject is not None and subject.lower_ in SPEAKER_PRONOUNS


def _describes_someone(token: Token, ctx: _Context) -> bool:
    """ "the actress" (DESCRIBED_PEOPLE with "the", naming no one itself)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in DESCRIBED_PEOPLE
        and token.i not in ctx.mention_at
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in ("compound", "appos", "flat") for c in token.children)
    )


def _resolve_pronoun(token: Token, ctx: _Context) -> str | None:
    """He/she: the nearest person named earlier in the sentence inside a subject, else the
    nearest person named earlier in the sentence, else the latest person who was a subject.
    A speaker is never the "she" of their own quote ("She is not in France," Nagy said); a
    person of the other gender is never the pronoun's (GENDER_AGREEMENT_RULE)."""
    holding = _holding(token, ctx)
    speakers = {a.source.entity for a in holding if a.source.entity}
    barred = speakers | {key for key in ctx.genders if not _agrees(token, key, ctx)}
    barred |= _named_in_own_clause(token, ctx)
    reported = _reported_speaker(token, holding, ctx)
    if reported is not None and _agrees(token, reported, ctx):
        return reported  # REPORTED_SELF_RULE: "Reagins said he met Teixeira"
    if _described_doer(token, ctx):
        return None  # DESCRIBED_DOER_RULE: "the Vermont senator must prepare ... as he turns"
    sent = ctx.sent_at[token.i]
    candidates = [
        t
        for t in sent[: token.i - sent.start]
        if ctx.mention_at.get(t.i, "").startswith("person:") and ctx.mention_at[t.i] not in barred
    ]
    outside = [t for t in candidates if not _in_other_relative(t, token)]
    if RELATIVE_DEPTH_RULE and outside:
        candidates = outside  # "the coalition Obama enjoyed, wins by him": not Obama
    in_subject = [
        t for t in candidates if any(a.dep_.startswith("nsubj") for a in (t, *t.ancestors))
    ]
    if not candidates:
        ahead = _named_ahead(token, ctx)
        if ahead is not None and ahead not in barred:
            return ahead  # CATAPHORA_RULE: "Before he was shot, Deputy Ortiz was looking ..."
    pools = (in_subject, candidates)
    if token.dep_ in ("dobj", "pobj", "dative") and token.lower_ in ("him", "her"):
        # an object pronoun is not its own clause's subject: "Simpson called Flynn ... then
        # shot her" -> Flynn
        pools = ([t for t in candidates if t not in in_subject], candidates)
    for pool in pools:
        if pool:
            return ctx.mention_at[pool[-1].i]
    latest = next((key for key in reversed(ctx.recent_subjects) if key not in barred), None)
    named = [key for key in ctx.named_before if key not in barred]
    if (
        LAST_SENTENCE_RULE
        and token.lower_ in OBJECT_ANTECEDENT_PRONOUNS
        and len(named) == 1
        and (named[0] in ctx.genders or latest not in ctx.genders)
    ):
        return named[0]  # "what kind of candidate Trump will become. He attacked Cruz"
    if latest is not None:
        return latest
    return _named_just_before(token, barred, ctx)  # OBJECT_ANTECEDENT_RULE


def _described_doer(token: Token, ctx: _Context) -> bool:
    """DESCRIBED_DOER_RULE: whether a he/she subject sits in a clause hung on a verb whose
    subject, told before it, is a definite description of one person that names no one ("the
    Vermont senator must prepare ... as he turns"); the nearest subject up the clauses decides
    ("the senator said Trump would lose if he ...": Trump, not the senator)."""
    if not DESCRIBED_DOER_RULE or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for verb in token.head.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            return (
                subject.i < token.i
                and subject.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | DESCRIBED_PEOPLE
                and subject.i not in ctx.mention_at
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
                and not _people_named(subject.subtree, ctx)
            )
    return False


def _in_other_relative(name: Token, pronoun: Token) -> bool:
    """RELATIVE_DEPTH_RULE: whether a name lies inside a relative clause that does not also
    hold the pronoun ("the national coalition Obama enjoyed")."""
    return any(a.dep_ == "relcl" and a not in (pronoun, *pronoun.ancestors) for a in name.ancestors)


def _named_in_own_clause(token: Token, ctx: _Context) -> set[str]:
    """OWN_CLAUSE_RULE: the people a he/she subject's verb takes as its objects (CO_ARGUMENT_DEPS:
    "He has attacked Clinton repeatedly", "He attacked Cruz relentlessly in Iowa": not Clinton,
    not Cruz), whom the pronoun cannot stand for. Clauses hung on the verb are left alone
    ("questioning whether he was eligible ... because Cruz was born in Canada": Cruz), and so
    is what is told before the pronoun ("As for Prigozhin, he's in St Petersburg")."""
    if not OWN_CLAUSE_RULE or token.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {
        key
        for argument in token.head.children
        if argument.dep_ in CO_ARGUMENT_DEPS and argument.i > token.i
        for key in _people_named(argument.subtree, ctx)
    }


def _people_named(tokens: Iterable[Token], ctx: _Context) -> set[str]:
    """The people the article's mentions name at any of ``tokens``."""
    return {
        ctx.mention_at[t.i] for t in tokens if ctx.mention_at.get(t.i, "").startswith("person:")
    }


def _holding(token: Token, ctx: _Context) -> list[Attribution]:
    """The attributions whose content holds a token (a pronoun inside someone's words)."""
    return [a for a in ctx.attributions if a.content.start <= token.idx < a.content.end]


def _agrees(pronoun: Token, key: str, ctx: _Context) -> bool:
    """GENDER_AGREEMENT_RULE: whether a person may be what a pronoun stands for: their gender
    is unknown or the pronoun's."""
    return gender_agrees(pronoun.lower_, ctx.genders.get(key))


def _genders(ctx: _Context) -> dict[str, str]:
    """GENDER_AGREEMENT_RULE: the people of an article whose gender it shows, by key: the
    courtesy title given them ("Mrs. Clinton"; titles of both genders, as for "Mr. and Mrs.
    Clinton" under one key, show nothing), else the he/she subject told of them in at least
    GENDER_MIN_SENTENCES sentences and GENDER_MAJORITY times as many as the other, where they
    are the only one it can be: the speaker reporting of themselves ("Reagins said he met ..."),
    else the only person who is a subject before it in its sentence, other than its speaker
    ("Obama spoke on Monday after he ..."), else the only person named so far."""
    titles: dict[str, set[str]] = {}
    told: dict[str, set[tuple[str, int]]] = {}  # key -> (gender, sentence start) told of them
    named: set[str] = set()
    speaking = {a.source.span.start for a in ctx.attributions if a.source.span is not None}
    for token in ctx.doc:
        key = ctx.mention_at.get(token.i, "")
        if key.startswith("person:"):
            named.add(key)
            if token.i == 0 or ctx.mention_at.get(token.i - 1) != key:
                # the title may be part of the name's mention ("Mr. Trump") or stand before it
                for word in ctx.doc[max(token.i - 1, 0) : token.i + 1]:
                    if (gender := title_gender(word.text)) is not None:
                        titles.setdefault(key, set()).add(gender)
            continue
        if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        holding = _holding(token, ctx)
        sent = ctx.sent_at[token.i]
        person = _reported_speaker(token, holding, ctx)
        if person is None and token.idx not in speaking:  # not '"...," she wrote'
            speakers = {a.source.entity for a in holding}
            subjects = {
                ctx.mention_at[t.i]
                for t in sent[: token.i - sent.start]
                if ctx.mention_at.get(t.i, "").startswith("person:")
                and ctx.mention_at[t.i] not in speakers
                and t.dep_ in ("nsubj", "nsubjpass", "compound", "flat")
                and (t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj"))
            }
            if len(subjects) == 1:
                person = next(iter(subjects))
        if person is None and len(named) == 1:
            person = next(iter(named))
        if person is not None:
            told.setdefault(person, set()).add((PRONOUN_GENDERS[token.lower_], sent.start))
    genders = {}
    for key, votes in told.items():
        m = sum(gender == "m" for gender, _ in votes)
        f = len(votes) - m
        if max(m, f) >= GENDER_MIN_SENTENCES and max(m, f) >= GENDER_MAJORITY * min(m, f):
            genders[key] = "m" if m > f else "f"
    for key, shown in titles.items():
        if len(shown) == 1:
            genders[key] = next(iter(shown))
        else:
            genders.pop(key, None)
    return genders


def _named_just_before(token: Token, speakers: set[str], ctx: _Context) -> str | None:
    """OBJECT_ANTECEDENT_RULE: the person last named in the sentence before a he/she's, when no
    person has yet been a subject ("A Georgia judge handed Brian Nichols four life sentences.
    He was convicted of ...": Nichols), else None."""
    if token.lower_ not in OBJECT_ANTECEDENT_PRONOUNS:
        return None
    sent = ctx.sent_at[token.i]
    if sent.start == 0:
        return None
    before = ctx.sent_at[sent.start - 1]
    for t in reversed(before):
        key = ctx.mention_at.get(t.i, "")
        if key.startswith("person:") and key not in speakers:
            return key
    return None


def _named_ahead(token: Token, ctx: _Context) -> str | None:
    """CATAPHORA_RULE: the person a he/she subject of a clause told before its main clause
    stands for, when nobody is named before it in the sentence: the main clause's subject, if
    it names a person ("Before he was fatally shot, Deputy Jerry Ortiz was looking for a man";
    "When she arrived, Smith was gone"). A main clause whose subject names no person ("When he
    arrived, police arrested him") or a clause told after its main one ("Smith left when he
    could") leaves the pronoun to the earlier sentences."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in ("he", "she"):
        return None
    clause = token.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i or token.i > clause.head.i:
        return None
    main = clause.head
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i]
    if not subjects or subjects[0].lower_ in PERSON_PRONOUNS:
        return None
    people = _entities_in(subjects[0], ctx, persons_only=True)
    return people[0][0] if people else None


def _reported_speaker(token: Token, holding: list[Attribution], ctx: _Context) -> str | None:
    """REPORTED_SELF_RULE: the speaker a he/she of reported speech stands for, when the
    innermost attribution holding it is indirect, its speaker a named person, and no person is
    named in what is reported before the pronoun."""
    if not holding:
        return None
    inner = min(holding, key=lambda a: a.content.end - a.content.start)
    speaker = inner.source.entity or ""
    if inner.mode not in REPORTED_MODES or not speaker.startswith("person:"):
        return None
    sent = ctx.sent_at[token.i]
    before = range(max(sent.start, 0), token.i)
    if any(
        ctx.mention_at.get(i, "").startswith("person:") and ctx.doc[i].idx >= inner.content.start
        for i in before
    ):
        return None  # "Police said Smith was arrested after he fled": Smith
    return speaker


def _note_subject(sent, ctx: _Context) -> None:
    """Remember the people who were subjects in this sentence, in text order, and when none
    was, the people named inside its subjects (LAST_SENTENCE_RULE)."""
    noted = len(ctx.recent_subjects)
    for token in sent:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in PERSON_PRONOUNS:
            for key, _ in _entities_in(token, ctx, persons_only=True)[:1]:
                ctx.recent_subjects.append(key)
        elif token.dep_ in ("nsubj", "nsubjpass"):
            key = _resolve_pronoun(token, ctx)
            if key:
                ctx.recent_subjects.append(key)
    ctx.named_before = [] if len(ctx.recent_subjects) > noted else _named_in_subjects(sent, ctx)
    del ctx.recent_subjects[:-8]


def _named_in_subjects(sent, ctx: _Context) -> list[str]:
    """LAST_SENTENCE_RULE: the people named inside a sentence's subjects that name no one
    themselves ("Trump's candidacy gave voice", "the question is what kind of candidate Trump
    will become"), each once."""
    return sorted(
        {
            key
            for subject in sent
            if subject.dep_ in ("nsubj", "nsubjpass")
            for key in _people_named(subject.subtree, ctx)
        }
    )


def _participants(verb: Token, trigger: Token, ctx: _Context) -> list[Participant]:
    found: list[Participant] = []
    seen: set[str] = set()

    def add(role: str, items: list[tuple[str, Span]]) -> None:
        for key, span in items:
            if key not in seen and key.startswith(("person:", "org:", "group:")):
                seen.add(key)
                found.append(Participant(role, key, span))

    subject = _subject_of(verb)
    if subject is not None and subject.i != trigger.i:
        # the subject of a passive ("Gray was shot", "was arrested and charged") undergoes the
        # event; a past-tense verb sharing it ("Nichols was being tried ... when he ... took
        # her gun and shot the judge", misparsed as one clause) is done by it
        passive = subject.dep_ == "nsubjpass" and (subject.head.i == verb.i or verb.tag_ == "VBN")
        add(
            "patient" if passive or _passive_conjunct(verb, subject) else "agent",
            _entities_in(subject, ctx),
        )
    for by in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (o for o in by.children if o.dep_ == "pobj"):
            add("agent", _entities_in(obj, ctx))  # "was shot by police officer Smith"
    # "… had the opportunity to meet Putin and was also heard by Zolotov": people acting in a
    # clause conjoined to the event's clause were there too
    clause = verb
    while clause.dep_ in ("xcomp", "acl", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        for child in conj.children:
            if child.dep_ == "agent":
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    add("present", _entities_in(obj, ctx))
    for tok in dict.fromkeys((verb, trigger)):  # in order: a set of tokens orders by id
        for child in tok.children:
            if child.dep_ in ("dobj", "nsubjpass", "dative") and child.i != trigger.i:
                add("patient", _entities_in(child, ctx))  # "offered Teixeira a contract"
            if child.dep_ == "dative" and child.lower_ == "to":
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    add("patient", _entities_in(obj, ctx))  # "offered a contract to Teixeira"
            if child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS:
                aimed = (
                    child.lower_ in AIMED_PREPOSITIONS and tok.lemma_.lower() not in CONTEST_WORDS
                )
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        add("patient" if aimed else "with", _entities_in(obj, ctx))
            if (
                child.dep_ in ("poss", "compound", "nmod")
                and tok.i == trigger.i
                and tok.pos_ != "VERB"
            ):
                add("agent", _entities_in(child, ctx))
    if verb.pos_ in ("VERB", "AUX"):
        add("with", _rivals(verb, ctx))
    return found


def _rivals(verb: Token, ctx: _Context) -> list[tuple[str, Span]]:
    """RIVAL_NOUN_RULE: the people a rivalry noun the verb acts on ("fought off a challenge
    from Sanders") or in ("doing well in surveys against Clinton") is against, over or from;
    the parser may hang the phrase on the verb past its object ("widened his lead over Cruz")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    nouns = objects + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    rivals = [noun for noun in nouns if noun.lemma_.lower() in RIVAL_NOUNS]
    preps = [c for noun in rivals for c in noun.children]
    if any(noun.lemma_.lower() in RIVAL_NOUNS for noun in objects):
        preps += [c for c in verb.children if c.i > objects[0].i]
    return [
        found
        for prep in preps
        if prep.dep_ == "prep" and prep.lower_ in RIVAL_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
        for found in _entities_in(obj, ctx)
    ]


def _passive_conjunct(verb: Token, subject: Token) -> bool:
    """PASSIVE_CONJUNCT_RULE: a verb told in the passive that shares the subject of an active
    verb before it undergoes the event: "Smith fled and was arrested on Monday", "Hiller got
    into an altercation, was taken to the office, suspended and escorted out" (the passive
    auxiliary of "was taken" serves "suspended" and "escorted" too). The verb has its own
    passive auxiliary, or is a participle (VBN) with no auxiliary of its own conjoined to a
    verb that has one, below the subject's verb, and no object of its own: "was arrested and
    spent nine months in jail" keeps "spent" active."""
    if subject.head.i == verb.i or subject.dep_ != "nsubj" or verb.dep_ != "conj":
        return False
    token = verb
    while token.dep_ == "conj" and token.i != subject.head.i:
        own = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "auxpass" for c in own):
            return True
        if own or token.tag_ != "VBN" or any(c.dep_ == "dobj" for c in token.children):
            return False
        token = token.head
    return False


def _of_participants(
    noun: Token, cls: str, found: list[Participant], ctx: _Context
) -> list[Participant]:
    """The people an event noun's "of" phrase names: "the fatal shooting of Alexandros
    Grigoropoulos, 15" (patient), "the death of Bettie Page" (agent, OF_AGENT_CLASSES)."""
    if noun.pos_ != "NOUN":
        return []
    base = cls.split("@")[0]
    role = "agent" if base in OF_AGENT_CLASSES else "patient"
    beaten = base in BEATEN_CLASSES
    seen = {p.entity for p in found if not (beaten and p.role == "with")}
    added = []
    preps = {"of"} | (BEATEN_PREPOSITIONS if base in BEATEN_CLASSES else set())
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
        role = "patient" if prep.lower_ in BEATEN_PREPOSITIONS else role
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for key, span in _entities_in(obj, ctx):
                if key not in seen and key.startswith(("person:", "group:")):
                    seen.add(key)
                    added.append(Participant(role, key, span))
    return added


def _is_length(time: TimeRef, token: Token) -> bool:
    """Whether a duration near an event is how long it lasted: not the time elapsed before it
    ("after three years of legal delays", "within two hours") nor the length of something
    else it names ("a minute of silence", "three years of delays")."""
    span = token.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    root = span.root
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False
    head = root.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "after three years and a tangled trail of delays"
    return not (head.dep_ == "prep" and head.lower_ in ELAPSED_PREPOSITIONS)


def _times_of(token: Token, ctx: _Context) -> list[TimeRef]:
    return list(ctx.times_by_token.get(token.i, []))


def _place_of(token: Token, ctx: _Context, described: bool = False) -> Place | None:
    """Where an event word places its event: "in Malibu", "at a party in Lagos", "on a bank in
    Manila"; for a subject (``described``), also where its apposition places it."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in EVENT_PLACE_PREPOSITIONS:
            found = _place_under(child, ctx)
            if found:
                return Place(found[0], found[1], "in")
        if child.dep_ == "prep" and child.lower_ == "on":
            parts = [
                g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in PART_NOUNS
            ]
            found = _place_under(child, ctx) if parts else None
            if found:
                return Place(found[0], found[1], "in")  # "on the roof of the store in Banstead"
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS | HOLDING_PREPOSITIONS:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for sub in obj.children:
                    if sub.dep_ == "prep" and sub.lower_ in ("in", "at"):
                        found = _place_under(sub, ctx)
                        if found:
                            return Place(found[0], found[1], "in")
    found = _place_by_bearing(token, ctx)
    if found:
        return Place(found[0], found[1], "in")
    if described:
        for child in token.children:
            if child.dep_ in SUBJECT_DESCRIPTIONS:
                found = _place_of(child, ctx) or next(
                    (
                        _place_of(obj, ctx)
                        for prep in child.children
                        if prep.dep_ == "prep" and prep.lower_ == "of"
                        for obj in prep.children
                        if obj.dep_ == "pobj" and _place_of(obj, ctx)
                    ),
                    None,
                )
                if found:
                    return found
    return None


def _under_fail(token: Token) -> bool:
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in FAILED_HEADS


def _failed(token: Token) -> bool:
    """'failed to reach a deal': the event did not happen; 'did not fail to reach' it did."""
    return not _negated(token.head) and token.head.tag_ in ("VBD", "VBN")


# PROGRESSIVE_NEGATION: present forms of "be" before a verb in -ing. A negated present
# progressive ("police are not treating it as suspicious", "is not seeking damages") denies
# what is going on as the report is written, as "did not" denies what happened; "is not going
# to" looks ahead and is left out (_progressive_now).
PROGRESSIVE_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _progressive_now(token: Token) -> bool:
    """A present progressive ("are treating", "is seeking"), not "is going to" (the future)."""
    if token.tag_ != "VBG" or not any(
        c.dep_ == "aux" and c.lower_ in PROGRESSIVE_PRESENT_AUX for c in token.children
    ):
        return False
    return not (token.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in token.children))


def _negated_past(token: Token) -> bool:
    """Negated and about the past ("did not meet", "was not arrested"); "never happens again"
    and "will not be charged" deny nothing that happened."""
    if not _negated(token):
        return False
    progressive = _progressive_now(token)
    if not (_negated_by_word(token) or _negated_by_nor(token)) and not (
        token.tag_ == "VBD"
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children)
    ):
        return False  # "nobody has ever dominated him": so far, no denial of one event
    if any(c.lower_ in NOT_A_DENIAL for c in token.children):
        return False
    if any(c.lower_ == "never" for c in token.children) and any(
        t.lower_ == "again" for t in token.subtree
    ):
        return False  # "never agreed to having her photograph taken again": a resolve, no denial
    if token.lemma_.lower() in NOT_YET_VERBS and _perfect(token):
        return False  # "the cause has not been determined": not known yet, not denied
    if any(c.lower_ == "never" for c in token.children) and _perfect(token):
        return False  # "has never been nominated": what has not happened so far
    tokens = _negation_bearers(token)
    auxes = [c for t in tokens for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(
        a.lower_ in ("will", "would", "wo", "can", "could", "may", "might", "should") for a in auxes
    ):
        return False
    return (
        token.tag_ in ("VBD", "VBN")
        or any(a.tag_ == "VBD" for a in auxes)
        or token.pos_ == "NOUN"
        or (progressive and _negated_by_word(token))
    )


def _negated_perfect(token: Token) -> bool:
    """NOT_SO_FAR_RULE: a negated perfect ("has never been nominated", "had never met", "has not
    been determined", "nobody has ever dominated him"). Where it denies no past event
    (_negated_past), it tells no happening either; a negated present state ("is not in
    Belarus") is a state of its own."""
    return _negated(token) and _perfect(token)


def _perfect(verb: Token) -> bool:
    """Whether a verb is told in a perfect tense: a "have" auxiliary ("has been", "had met")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _negated(token: Token) -> bool:
    """'did not meet', "wasn't exiled" (the negation sits on the copula of an acomp), "no one
    was injured", "has not been charged with nor convicted" (NOR_RULE)."""
    return (
        _negated_by_word(token)
        or (token.pos_ in ("VERB", "AUX") and any(_no_one(c) for c in token.children))
        or _negated_by_nor(token)
    )


def _negated_by_nor(token: Token) -> bool:
    """NOR_RULE: a verb after "nor" ("has not been charged with nor convicted", "nor did he
    send anyone"), a verb under "neither" ("neither confirmed nor denied") and a verb whose
    subject "neither" opens ("Neither Clinton nor her allies have been charged") are denied."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in token.head.children
    ):
        return True
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.lower_ == "neither" and c.dep_ in NEITHER_DEPS
        for t in (token, *subjects)
        for c in t.children
    )


def _negation_bearers(token: Token) -> list[Token]:
    """The words whose "not" negates ``token``: itself, the copula of an acomp ("wasn't
    exiled"), and the verb a bare verb is conjoined to under one "do" (CONJOINED_NEGATION_RULE:
    "didn't seek or receive his endorsement" denies both)."""
    if token.dep_ in ("acomp", "xcomp"):
        return [token, token.head]
    if (
        token.dep_ == "conj"
        and token.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)
        and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in token.head.children)
    ):
        return [token, token.head]
    return [token]


def _negated_by_word(token: Token) -> bool:
    """'did not meet', "wasn't exiled" (the negation sits on the copula of an acomp)."""
    tokens = _negation_bearers(token)
    tokens += [c for t in list(tokens) for c in t.children if c.dep_ in ("aux", "auxpass")]
    return any(
        child.dep_ == "neg" and not _restricting(child) for tok in tokens for child in tok.children
    )


def _restricting(neg: Token) -> bool:
    """NOT_ONLY_RULE: "not just", "not only", "not merely": the negation restricts, it affirms."""
    following = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in NOT_ONLY_WORDS


def _no_one(argument: Token) -> bool:
    """An argument that says no one or nothing ("No one was injured", "nobody was hurt",
    "killed no one"): the event is denied for its whole role (NEGATIVE_ARGUMENTS)."""
    if argument.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if argument.lower_ in NEGATIVE_ARGUMENTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in argument.children)


def _quantities_in(token: Token, ctx: _Context, only_subject: bool = False) -> list[Quantity]:
    """Counted nouns among the token's arguments: '35 people', 'dozens of soldiers'."""
    quantities: list[Quantity] = []
    args = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if only_subject:
        args = [c for c in args if c.dep_.startswith("nsubj")]
    args += _conjuncts(args)  # "arrested a man and two women"
    bearing = any(c.lower_ in BEARING_WORDS for c in token.children)
    for arg in args:
        quantity = _quantity_of(arg) or _others_count(token, arg)
        if quantity and quantity.unit not in TIME_UNITS and quantity.unit not in NOUN_CLASS:
            if arg.lower_ in BEARING_WORDS or (
                (quantity.unit in DISTANCE_KM or arg.lower_ in DISTANCE_KM)
                and (bearing or any(c.lower_ in BEARING_WORDS for c in arg.children))
            ):
                continue  # BEARING_RULE: "hit 60 kilometers southwest of X" tells where
            quantities.append(quantity)
    return quantities


def _conjuncts(nouns: list[Token]) -> list[Token]:
    """The nouns conjoined to each of ``nouns``, however long the list ("a, b and c")."""
    found: list[Token] = []
    stack = list(nouns)
    while stack:
        for conj in (c for c in stack.pop().children if c.dep_ == "conj" and c.pos_ == "NOUN"):
            found.append(conj)
            stack.append(conj)
    return found


def _quantity_of(noun: Token) -> Quantity | None:
    if noun.lemma_.lower() in ("other", "others") or any(
        c.lower_ in PARTIAL_COUNT_WORDS for c in noun.children if c.dep_ in ("amod", "det")
    ):
        return None  # "four other people", "another four people": a part of a total
    # "six plainclothes police officers": the number may hang on the first modifier
    numbers = [*noun.children] + [
        g for c in noun.children if c.dep_ in ("compound", "amod") for g in c.children
    ]
    for child in numbers:
        if child.head.i != noun.i and child.head.lemma_.lower() in TIME_UNITS:
            continue  # "an eight-year contract": a length, not eight contracts
        if child.i > noun.i and child.head.i == noun.i:
            continue  # COUNT_BEFORE_NOUN: "Sept. 8", "Flight 370", "Room 101" name, not count
        if child.dep_ == "nummod" or (child.like_num and child.dep_ in ("amod", "quantmod")):
            value = _number(child)
            if value is None:
                return None
            bound = _bound(child)
            start = min(child.idx, *(t.idx for t in child.subtree))
            return Quantity(
                span=Span(start, noun.idx + len(noun)),
                value=value,
                unit=_more_unit(noun) if noun.lower_ in MORE_WORDS else _unit(noun),
                bound=bound,
            )
    if noun.lower_ in VAGUE_NUMBERS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return Quantity(
                            span=Span(noun.idx, obj.idx + len(obj)),
                            value=float(NUMBER_WORDS[noun.lower_]),
                            unit=_unit(obj),
                            bound=VAGUE_BOUND,
                        )
    return None


def _more_unit(more: Token) -> str:
    """MORE_UNIT_RULE: what "N more" counts: the noun of the last count before it in its
    sentence ("killing 10 soldiers and wounding 80 more"), else people."""
    counted = [
        t
        for t in more.sent
        if t.i < more.i
        and t.pos_ in ("NOUN", "PROPN")
        and t.lower_ not in MORE_WORDS
        and any(c.dep_ == "nummod" for c in t.children)
    ]
    return _unit(counted[-1]) if counted else MORE_DEFAULT_UNIT


def _unit(noun: Token) -> str:
    """The counted noun, in one spelling for one thing ("persons" and "people": people)."""
    lemma = noun.lemma_.lower()
    return UNIT_ALIASES.get(lemma, lemma)


def _number(token: Token) -> float | None:
    """The value of the number ``token`` is written in, read whole (COMPOUND_NUMBER_RULE)."""
    words = _number_words(token)
    value = _compound_value([t.lower_ for t in words]) if len(words) > 1 else None
    return value if value is not None else _word_value(token.lower_)


def _word_value(word: str) -> float | None:
    """The value of one number word or figure ("nine", "1,200", "2.5"), or None."""
    text = word.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else None


def _number_words(token: Token) -> list[Token]:
    """COMPOUND_NUMBER_RULE: the run of words around ``token`` that one number may be written
    in: number words and figures, with hyphens and "and" between them, each joined in the parse
    to a word of the run ("Twenty" - "nine", "One hundred and five")."""
    doc = token.doc

    def joins(t: Token, run: list[Token]) -> bool:
        linked = any(t.head.i == r.i or r.head.i == t.i for r in run)
        return linked and (t.lower_ in NUMBER_JOINERS or _word_value(t.lower_) is not None)

    run = [token]
    while run[0].i > 0 and joins(doc[run[0].i - 1], run):
        run.insert(0, doc[run[0].i - 1])
    while run[-1].i + 1 < len(doc) and joins(doc[run[-1].i + 1], run):
        run.append(doc[run[-1].i + 1])
    while run and run[0].lower_ in NUMBER_JOINERS:
        run.pop(0)
    while run and run[-1].lower_ in NUMBER_JOINERS:
        run.pop()
    return run


def _compound_value(words: list[str]) -> float | None:
    """COMPOUND_NUMBER_RULE: the value of a number written in several words ("twenty - nine",
    "one hundred and five", "two dozen", "2 million"), or None when the words are no one number
    ("5 - 4", "20 and 30")."""
    total = 0.0
    group: float | None = None  # the value told since the last group scale
    previous = ""
    for word in words:
        if word in NUMBER_JOINERS:
            if word == "and" and previous not in MULTIPLYING_SCALES | GROUP_SCALES:
                return None  # "20 and 30": two counts
            if word == "-" and previous not in TENS_WORDS:
                return None  # "5-4": a score, not a number
            previous = previous if word == "-" else word
            continue
        value = _word_value(word)
        if value is None or word in VAGUE_NUMBERS:
            return None
        if word in MULTIPLYING_SCALES:
            group = (group or 1) * value
        elif word in GROUP_SCALES:
            total += (group or 1) * value
            group = None
        elif group is None:
            group = value
        elif previous in TENS_WORDS and value < 10:
            group += value  # "twenty-nine", "twenty nine"
        elif previous in MULTIPLYING_SCALES | GROUP_SCALES | {"and"} and value < 100:
            group += value  # "one hundred and five", "a hundred five"
        else:
            return None  # "3 4": two numbers side by side
        previous = word
    return total + (group or 0)


def _bound(number: Token) -> str:
    first = _number_words(number)[0]
    words = [t.lower_ for t in number.subtree if t.i < first.i]
    while words and words[-1] in BOUND_FILLERS:
        words.pop()  # "more than a dozen"
    for cue, bound in BOUND_CUES:
        if tuple(words[-len(cue) :]) == cue:
            return bound
    if any(c.lower_ in ESTIMATE_WORDS and c.i < first.i for c in number.head.children):
        return "about"  # ESTIMATED_COUNT_RULE: "an estimated 50 people"
    return VAGUE_BOUND if number.lower_ in VAGUE_NUMBERS else "exact"


def _attribution_for(trigger: Span, ctx: _Context) -> Attribution | None:
    """The innermost attribution whose content holds the claim's trigger."""
    holding = [
        a
        for a in ctx.attributions
        if a.content.start <= trigger.start and trigger.end <= a.content.end
    ]
    if not holding:
        return None
    return min(holding, key=lambda a: a.content.end - a.content.start)


def _trailing_statement(token: Token, ctx: _Context) -> Attribution | None:
    """TRAILING_PARTICIPLE_RULE: the statement whose content holds the verb a participle set off
    by a comma hangs on, when no content holds the participle: "opened fire at a party, killing
    one man, police said" (the attribution module ends the content before ", killing", as
    PolNeAR marks it, but the killing is told by the police too), also a participle conjoined
    to one ("wounding both and killing a receptionist"). Not a participle that is a cue of its
    own, nor one hung on an act ("rebuffed pressure ..., throwing chairs": no statement), nor
    one after the verb of its cue, which it may tell of ("have insisted they won't consider a
    nominee, leaving that choice to the next president": the insisting leaves it)."""
    while token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head
    if token.tag_ != "VBG" or token.dep_ not in TRAILING_PARTICIPLE_DEPS:
        return None
    if token.left_edge.i == 0 or ctx.doc[token.left_edge.i - 1].text != ",":
        return None
    if any(_inside(_token_span(token), a.cue) for a in ctx.attributions):
        return None
    holding = _attribution_for(_token_span(token.head), ctx)
    if holding is None or not is_statement(ctx.doc, holding) or is_act(ctx.doc, holding):
        return None
    if any(
        a.pos_ == "VERB" and a.i < token.i and _inside(_token_span(a), holding.cue)
        for a in token.ancestors
    ):
        return None  # the cue's verb comes first: the participle may be of the saying
    return holding


def _said_person(verb: Token) -> Token | None:
    """MISHUNG_SAID_SUBJECT_RULE: the person a verb of saying has as its object when ``verb`` is
    conjoined to it after a comma with no subject of its own ("Fanning said the gunman, entered
    the party": the gunman), else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in SAID_VERBS or verb.i < head.i:
        return None
    if any(c.dep_ in OWN_CLAUSE_DEPS or c.dep_ == "cc" for c in verb.children):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "said a few words and left": the speaker's own second act
    people = [
        c
        for c in head.children
        if c.dep_ == "dobj"
        and c.i < verb.i
        and (c.lemma_.lower() in PEOPLE_NOUNS or c.ent_type_ == "PERSON")
        and verb.doc[c.right_edge.i + 1].text == ","
    ]
    return people[0] if people else None


def _said_statement(token: Token, ctx: _Context) -> Attribution | None:
    """MISHUNG_SAID_SUBJECT_RULE: the statement of the verb of saying whose mishung object is
    the claim's subject ("Fanning said the gunman, entered the party": Fanning's)."""
    if _said_person(token) is None:
        return None
    said = _token_span(token.head)
    return next((a for a in ctx.attributions if _inside(said, a.cue)), None)


def _inside(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= span.start and span.end <= outer.end


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token))
