"""Hand-written word lists for the verifier (general language knowledge, no data): English,
and for prompts in Spanish, French, German, Portuguese, Italian and Dutch the few classes
that change an answer (negations, time, languages, comparatives) and the function words
that tell which language a prompt is in."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def word_classes(**classes: str) -> dict[str, str]:
    """Each word of each space-separated list -> the name of its class."""
    return {w: name for name, words in classes.items() for w in words.split()}


# Function words and question framing that do not change what is asked.
STOPWORDS = _words(
    """
    a an the is are was were be been being am do does did doing have has had having
    i me my mine myself we us our ours you your yours yourself he him his she her it its
    they them their theirs one ones someone somebody anyone anybody everyone people
    this that these those there here of in on at for with about as by to from into onto per
    and or but if so than then also just really actually very quite much many lot lots
    can could would should will shall may might must need needs want wants wanted
    what which who whom whose how why where when whats hows whos
    some any all every each such other another own same
    get gets got getting go goes going went gone make makes made
    please pls plz kindly help helps hey hi hello thanks thank thx guys folks
    bitte svp stp alsjeblieft alstublieft
    tell telling know knowing explain wondering wonder question questions curious
    way ways thing things something anything stuff kind sort type
    best good top great greatest better nice favorite favourite recommended ideal
    possible like able okay ok yes
    ever still even already again basically generally exactly simply currently
    use using used
    """
)

# "Please" in English, German, French (s'il vous plaît), Dutch: said anywhere in a request.
PLEASE_WORDS = _words("please pls plz kindly bitte svp stp alsjeblieft alstublieft")

# The articles, dropped where only the nouns are compared ("a refund" / "the refund").
ARTICLES = _words("a an the")
# Words that may open a noun phrase before its noun ("my manager", "the host").
DETERMINERS = _words("a an the my our your his her their its this that these those")

# Words whose presence/absence flips meaning.
NEGATIONS = _words(
    "not no never none nobody nothing nowhere neither nor without cannot lack lacking"
    # the same in German, French and Spanish ("no" is Spanish too; French "ne" always
    # comes with one of these)
    " nicht nichts kein keine keinen keinem keiner keines nie niemals ohne"
    " pas jamais rien sans aucun aucune nunca nada ninguno ninguna tampoco"
)
# Negations of Portuguese, Italian, Dutch (and Spanish "sin"), counted only in a prompt not
# read as English: "sin", "sem", "non" are English words too ("original sin", "SEM").
FOREIGN_NEGATIONS = _words(
    "não nao nem nenhum nenhuma nunca sem sin non senza nessuno nessuna niente nulla"
    " niet geen zonder nooit niemand niets"
)
# Words that open a new clause: a negation negates its own clause ("delivered but I was
# not home" / "not delivered and I was home").
CLAUSE_WORDS = _words("but and or because although though while whereas if unless so")

# Antonym pairs (both directions are checked).
ANTONYMS: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split("/"))  # type: ignore[misc]
    for pair in """
    enable/disable allow/block allow/deny allow/forbid allow/prohibit permit/prohibit
    permit/forbid accept/reject accept/decline approve/reject approve/deny include/exclude
    increase/decrease increase/reduce increase/lower increase/lessen raise/lower
    high/low higher/lower highest/lowest maximum/minimum max/min more/less more/fewer
    most/least start/stop start/end begin/end begin/stop open/close add/remove
    import/export upload/download buy/sell push/pull win/lose gain/lose gain/loss
    profit/loss before/after above/below over/under inside/outside in/outside best/worst
    better/worse good/bad safe/dangerous safe/unsafe positive/negative true/false
    pro/con pros/cons advantage/disadvantage benefit/risk benefit/drawback hot/cold
    warm/cold cheap/expensive cheapest/expensive fast/slow faster/slower fastest/slowest
    big/small large/small bigger/smaller larger/smaller long/short longer/shorter
    first/last old/new older/newer oldest/newest young/old male/female men/women
    man/woman boy/girl boys/girls left/right north/south east/west input/output
    rise/fall legal/illegal like/dislike love/hate agree/disagree always/never all/none
    early/late earliest/latest easy/hard easy/difficult easiest/hardest strong/weak
    light/dark light/heavy wet/dry sync/async synchronous/asynchronous client/server
    frontend/backend public/private static/dynamic internal/external online/offline
    manual/automatic inbound/outbound incoming/outgoing horizontal/vertical
    ascending/descending upper/lower uppercase/lowercase plus/minus add/subtract
    multiply/divide encrypt/decrypt compress/decompress lock/unlock connect/disconnect
    install/uninstall subscribe/unsubscribe follow/unfollow mount/unmount join/leave
    enter/exit arrive/depart arrival/departure send/receive sender/receiver lend/borrow
    teach/learn give/take attack/defend win/loss success/failure pass/fail accurate/inaccurate
    rich/poor wealthy/poor happy/sad happy/unhappy alive/dead healthy/unhealthy
    increasing/decreasing increased/decreased raising/lowering deposit/withdraw
    credit/debit asset/liability bull/bear bullish/bearish buyer/seller landlord/tenant
    employer/employee parent/child husband/wife mother/father son/daughter
    brother/sister king/queen day/night morning/evening sunrise/sunset summer/winter
    spring/autumn import/export native/foreign domestic/international local/remote
    visible/hidden show/hide shown/hidden include/omit with/without same/different
    similar/different true/fake real/fake natural/artificial organic/synthetic
    same/new bad/great great/terrible great/awful good/terrible good/awful into/out
    against/with top/bottom top/ground alone/together alone/accompanied
    accompanied/unaccompanied single/multiple one/multiple alone/with same/opposite
    even/odd good/poor great/poor
    """.split()
)

# The same in Spanish, French, German, Portuguese, Italian, Dutch (comparatives, size).
ANTONYMS += tuple(
    tuple(pair.split("/"))  # type: ignore[misc]
    for pair in """
    más/menos mas/menos mejor/peor mayor/menor máximo/mínimo grande/pequeño caro/barato
    plus/moins meilleur/pire grand/petit
    mehr/weniger besser/schlechter größte/kleinste groß/klein teuer/billig immer/nie
    mais/menos melhor/pior maior/menor grande/pequeno caro/barato sempre/nunca
    più/meno piu/meno migliore/peggiore maggiore/minore grande/piccolo caro/economico
    meer/minder beter/slechter groot/klein duur/goedkoop altijd/nooit
    siempre/nunca toujours/jamais
    """.split()
)

# Particles and prepositions whose swap after the same word flips meaning ("opt in" / "opt
# out", "log on" / "log off", "a note to my teacher" / "a note from my teacher").
PARTICLE_PAIRS: tuple[tuple[str, str], ...] = (
    ("in", "out"),
    ("on", "off"),
    ("up", "down"),
    ("to", "from"),
    ("for", "against"),
)
# Degree words that may stand between a verb and its particle ("stops well off the line",
# "lands just off the green", "parked far off the road"): the particle is still the verb's.
PARTICLE_DEGREES = _words("well just far way slightly partly partway completely fully")

NEGATING_PREFIXES: tuple[str, ...] = ("un", "dis", "non", "in", "im", "il", "ir", "de", "anti")

# Relation words that are symmetric: "X and Y" == "Y and X".
SYMMETRIC_RELATIONS = _words("and or vs versus between compare comparison with , & plus")

NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
    "dozen": "12",
    "half": "0.5",
    "twice": "2",
    "once": "1",
    "single": "1",
    "double": "2",
    "triple": "3",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}
# "one" is often a pronoun ("which one"); only count it next to a unit or noun-like word.
WEAK_NUMBER_WORDS = _words("one once single second half double")

# Role pass 97: a number word as a plural noun names a group or a thing ("the ones" / "the twos"
# of a contra dance, "the odds" / "the evens" of a serve order, "sixes", "the thirds"), each
# read as its value. "seconds" is left out (a unit of time), and so are the amounts ("halves",
# "dozens", "hundreds", "thousands": how many, not which).
_PLURALS = {"six": "sixes"}
_NOT_NAMES = frozenset("once single double triple twice dozen half second".split())
NUMBER_NOUNS: dict[str, str] = {
    _PLURALS.get(w, w[:-1] + "ies" if w.endswith("y") else w + "s"): v
    for w, v in NUMBER_WORDS.items()
    if w not in _NOT_NAMES and (v.endswith(("st", "nd", "rd", "th")) or int(v) <= 90)
} | {"zeroes": "0", "odds": "odd", "evens": "even"}

UNITS = _words(
    """
    mg g gram grams kg kilogram kilograms lb lbs pound pounds oz ounce ounces ton tons
    tonne tonnes km kilometer kilometers kilometre kilometres m meter meters metre metres
    cm centimeter centimeters mm millimeter millimeters mile miles ft foot feet inch inches
    yard yards l liter liters litre litres ml milliliter milliliters gallon gallons
    celsius fahrenheit kelvin °c °f ° % percent percentage $ € £ ¥ ₹ usd eur gbp inr jpy
    dollar dollars euro euros rupee rupees yen cent cents pence bitcoin btc
    b kb mb gb tb byte bytes kilobyte megabyte gigabyte terabyte bit bits hz khz mhz ghz
    w kw mw watt watts kwh v volt volts amp amps mah mph kph kmh knots calorie calories
    kcal iu mcg ms millisecond milliseconds sec second seconds minute minutes min mins
    hour hours hr hrs day days week weeks month months year years decade decades
    century centuries
    """
)

TIME_WORDS = _words(
    """
    yesterday today tomorrow tonight now currently current latest recent recently ago
    last next previous upcoming past future morning afternoon evening night noon midnight
    weekend weekday monday tuesday wednesday thursday friday saturday sunday
    january february april june july august september october november december
    daily weekly monthly yearly annual annually hourly quarterly biweekly
    before after prior since until till during later earlier soon
    """
)
# Days named in Spanish, French, German, Portuguese, Italian, Dutch, read as the English
# word ("mañana" / "demain" / "morgen" = "tomorrow"); with and without accents.
FOREIGN_TIME_WORDS: dict[str, str] = word_classes(
    today="hoy aujourd aujourdhui heute hoje oggi vandaag",
    tomorrow="mañana manana demain morgen amanhã amanha domani",
    yesterday="ayer hier gestern ontem ieri gisteren",
    night="noche nuit nacht noite notte",
    morning="matin morgens manhã mattina ochtend",
    next="próximo próxima proximo proxima prochain prochaine nächste nächsten naechste"
    " prossimo prossima volgende",
    last="pasado pasada dernier dernière letzte letzten passado passada scorso scorsa vorige",
    weekend="finde wochenende",
)
TIME_WORDS |= frozenset(FOREIGN_TIME_WORDS)
# A recurring day or part of the day in the plural is the same time ("open on Mondays").
_RECURRING = _words(
    "monday tuesday wednesday thursday friday saturday sunday weekend weekday"
    " morning afternoon evening night"
)
TIME_WORDS |= frozenset(w + "s" for w in _RECURRING)
# Normalised so that synonyms compare equal.
TIME_SYNONYMS: dict[str, str] = (
    {w + "s": w for w in _RECURRING}
    | {
        "annual": "yearly",
        "annually": "yearly",
        "currently": "now",
        "current": "now",
        "recently": "recent",
        "latest": "recent",
        "prior": "before",
        "till": "until",
        "earlier": "before",
        "later": "after",
    }
    | FOREIGN_TIME_WORDS
)

FORMAT_WORDS = _words(
    """
    bullet bullets bulleted point points list lists listicle table tables tabular json csv
    xml yaml toml markdown html latex pdf paragraph paragraphs sentence sentences word words
    line lines essay essays poem poems haiku haikus limerick limericks sonnet sonnets song
    lyrics story tweet tweets email letter summary summaries summarize summarise tldr outline
    outlines code snippet script diagram diagrams chart charts graph graphs
    numbered brief briefly short concise detailed detail details lengthy eli5 formal
    informal casual professional funny humorous sarcastic tone step steps
    hex hexadecimal binary octal decimal roman numeral numerals base64 ascii unicode
    """
)
FORMAT_SYNONYMS: dict[str, str] = {
    "hexadecimal": "hex",
    "numeral": "roman",
    "numerals": "roman",
    "bullets": "bullet",
    "bulleted": "bullet",
    "points": "bullet",
    "point": "bullet",
    "lists": "list",
    "listicle": "list",
    "tables": "table",
    "tabular": "table",
    "paragraphs": "paragraph",
    "sentences": "sentence",
    "words": "word",
    "lines": "line",
    "poems": "poem",  # (a plural is the same format: "a college essay" / "college essays")
    "essays": "essay",
    "haikus": "haiku",
    "limericks": "limerick",
    "sonnets": "sonnet",
    "tweets": "tweet",
    "summaries": "summary",
    "outlines": "outline",
    "diagrams": "diagram",
    "charts": "chart",
    "graphs": "graph",
    "summarize": "summary",
    "summarise": "summary",
    "tldr": "summary",
    "briefly": "brief",
    "short": "brief",
    "concise": "brief",
    "details": "detailed",
    "detail": "detailed",
    "lengthy": "detailed",
    "humorous": "funny",
    "steps": "step",
    "snippet": "code",
    "script": "code",
    "informal": "casual",
    "professional": "formal",
}

HUMAN_LANGUAGES = _words(
    """
    english french german spanish italian portuguese dutch russian chinese mandarin
    cantonese japanese korean hindi arabic turkish polish swedish norwegian danish finnish
    greek hebrew latin vietnamese thai indonesian malay bengali bangla urdu tamil telugu
    marathi punjabi gujarati kannada malayalam persian farsi ukrainian czech slovak
    hungarian romanian bulgarian serbian croatian swahili tagalog filipino catalan basque
    irish welsh icelandic esperanto sanskrit yiddish afrikaans zulu amharic nepali sinhala
    burmese khmer lao mongolian kazakh uzbek georgian armenian estonian latvian lithuanian
    slovenian albanian macedonian
    """
)

# Degree words of Spanish, French, German, Portuguese, Italian, Dutch ("más corto" / "corto",
# "muy caro" / "caro"): said on one side only, they change what is asked.
FOREIGN_DEGREE_WORDS = _words(
    "más mehr mais più piu meer menos moins weniger meno minder muy très sehr muito molto"
    " zeer demasiado trop troppo"
)
# Names of languages in Spanish, French, German, Portuguese, Italian, Dutch ("traduce al
# inglés", "ins Englische"), read as the English name.
LANGUAGE_NAMES: dict[str, str] = word_classes(
    english="inglés ingles anglais englisch englische englischen inglês inglese engels",
    french="francés frances français francais französisch französische französischen"
    " francês francese frans",
    german="alemán aleman allemand deutsch deutsche deutschen alemão alemao tedesco duits",
    spanish="español espanol castellano espagnol spanisch spanische spanischen espanhol"
    " spagnolo spaans",
    italian="italiano italien italienisch italienische italienischen italiana italiaans",
    portuguese="portugués portugues portugais portugiesisch portugiesische português"
    " portoghese portugees",
    dutch="neerlandés holandés néerlandais niederländisch holandês olandese nederlands",
    chinese="chino chinois chinesisch chinesische chinês cinese chinees",
    japanese="japonés japones japonais japanisch japanische japonês giapponese japans",
    russian="ruso russe russisch russische russo",
)
# Words a user types for one another in a short reply ("ok" / "okay", "yes" / "yeah"), and
# number words of Spanish, French, German, Portuguese, Italian, Dutch ("tres" / "3"): read
# alike only when two prompts are otherwise the same words.
PLAIN_SYNONYMS: dict[str, str] = word_classes(
    ok="okay okey kk",
    yes="yeah yep yup yea",
    no="nope nah",
    thanks="thx thanx tks",
) | word_classes(
    **{
        "2": "dos deux zwei dois due twee",
        "3": "tres trois drei três tre drie",
        "4": "cuatro quatre vier quatro quattro",
        "5": "cinco cinq fünf cinque vijf",
        "6": "seis six sechs sei zes",
        "7": "siete sept sieben sete sette zeven",
        "8": "ocho huit acht oito otto",
        "9": "nueve neuf neun nove negen",
        "10": "diez dix zehn dez dieci tien",
    }
)
# Function words that tell a prompt's language (each word -> the languages it is common
# in; words that are also common English words are left out: "die", "was", "come").
LANGUAGE_MARKERS: dict[str, tuple[str, ...]] = {}
for _lang, _marks in (
    (
        "en",
        "the is are were what how why does do did you your can of and to with for this"
        " that which who where when it my should would there have has",
    ),
    (
        "es",
        "el los las del qué cuál cual cómo dónde donde cuántos cuantos cuántas cuantas por"
        " para está hay muy pero tiene puedo hacer sobre también quién quien dame escribe"
        " explica dime al su sus sí lo la de que en un una con es como no",
    ),
    (
        "fr",
        "le les des du est et une je vous tu qu quel quelle quels quelles comment pourquoi"
        " avec sans pour dans sur ce cette ces mon ma mes ne pas où qui au aux moi votre"
        " notre peux faire la de que en un",
    ),
    (
        "de",
        "der das ist und ein eine einen nicht wie warum wieso mit ohne für ich du bitte von"
        " zu im dem auf sind kann mir mich sie wer wo welche welcher welches gibt habe noch"
        " auch oder aber bei nach über kein keine einem einer es",
    ),
    (
        "pt",
        "os não nao é um uma do da dos das em na com qual quais quantos quantas você voce"
        " meu minha são há tem fazer posso isso isto ao pelo pela ou mais muito também onde"
        " quem de que como no",
    ),
    (
        "it",
        "il gli è di della delle dei non che perché perche sono quali quanti quante cosa cos"
        " nel nella ho hai anche molto dove chi questo questa quello sul alla degli più piu"
        " la un una con",
    ),
    (
        "nl",
        "het een niet wat hoe waarom zonder voor van ik geen dit mijn zijn naar ook heb heeft"
        " wordt worden om bij uit maar welke waar hoeveel kun kunt moet deze de en",
    ),
):
    for _w in _marks.split():
        LANGUAGE_MARKERS[_w] = (*LANGUAGE_MARKERS.get(_w, ()), _lang)

CODE_LANGUAGES = _words(
    """
    python java javascript js typescript ts rust golang c++ c# csharp f# ruby php perl
    kotlin swift scala haskell elixir erlang clojure lua dart julia matlab sql mysql
    postgresql postgres sqlite mongodb mongo redis bash shell powershell zsh fortran cobol pascal
    delphi assembly groovy ocaml lisp scheme prolog vba html css sass solidity zig nim
    node nodejs deno react reactjs vue vuejs angular svelte django flask fastapi rails spring
    laravel
    .net dotnet jquery pypi npm pip yarn cargo maven gradle docker kubernetes numpy pandas
    pytorch tensorflow linux windows macos ubuntu debian android ios aws azure gcp
    """
)
# Words after/before a lone letter that make it a programming language ("in C", "R code").
CODE_CONTEXT = _words("in using with learn language programming code program write written")

# Small synonym groups: every word maps to its group's first word.
SYNONYM_GROUPS: tuple[str, ...] = (
    "buy purchase",
    "stop terminate halt kill",
    "big large huge",
    "small little tiny",
    "under beneath underneath",  # a place below a thing ("under the fish" / "beneath the fish")
    "fast quick quickly rapid rapidly speedy",
    "car automobile vehicle",
    "phone smartphone cellphone mobile",
    "movie film",
    "learn study studying",
    "money cash",
    "make earn",
    "improve enhance boost",
    "fix repair solve resolve troubleshoot",
    "restart reboot",
    "create build generate",
    "delete remove erase eliminate rid",
    "change modify alter update edit",
    "show display",
    "obtain acquire",
    "find locate",
    "price cost fee charge",
    "country nation",
    "choose pick select",
    # asking how two things compare: "X vs Y", "compare X and Y", "the difference between"
    "difference differ different distinguish versus vs compare compared comparison",
    "meaning mean definition define",
    # an estimate: "around 2000" / "approximately 2,000" (`logic.bound_mismatch` reads it)
    "around roughly approximately approx approximate circa",
    "easy easiest simple simplest",
    "reason cause",
    "job career position",  # not "role": "What role does X play"
    "tip advice suggestion recommendation",
    "method approach technique",
    "symptom sign",
    "illness disease sickness",
    "doctor physician",
    "lawyer attorney",
    "child kid children",
    "book novel",
    "author writer",
    "begin commence start",
    "shop store",
    "happen occur",
    "important significant",
    "benefit advantage",
    "problem issue",
    "rule regulation",
    "allowed permitted",
    "require need",
    "correct right proper",
    "wrong incorrect",
    "usa us america states",
    "uk britain",  # not england: Scotland and Wales are in the UK, not in England
    "television tv",
    "internet web online",
    "photo picture image pic",
    "laptop computer pc",
    "write compose draft",
    "hard difficult",
    # Round 26: one thing by its trade and its plain name
    "vet veterinarian",
    "document paperwork",
    "cat kitty",  # not kitten: an age
    "outlet receptacle",
    "drywall sheetrock",
    "gfci gfi",
    "toxic poisonous",
    "vaccine vaccination",
    # Rounds 27-28: US / UK spellings and short forms of one word
    "tire tyre",
    "university uni",
    "indoor indoors inside",
    "avoid prevent",
    "biggest largest",
    # Round 30: one age by two names (not newborn, not toddler)
    "baby infant",
    "bigger larger",
    "fastest quickest",
    "faster quicker",
    "suggest recommend propose",
    "common typical usual frequent",
    "fun enjoyable",
    "danger risk",
    "purpose goal aim",
    "father dad",
    "mother mom mum",
    "iterate loop",
    "brief short concise",
    # who a drafted message goes to ("an email to my boss" / "to my manager")
    "manager boss employer",
    "professor prof",
    "neighbor neighbour",
    "grandmother grandma granny",
    "grandfather grandpa",
    "maximum max highest",
    "minimum lowest",
    "specification spec",
    "nearest closest",
    "beginner newbie novice",
    "keep preserve",
    "element item",
    "argument parameter",
    "reply response respond",
    # abbreviations
    "dictionary dict",
    "integer int",
    "environment env",
    # a unit's name and its abbreviation ("12 lb" / "12 pound", "20%" / "20 percent")
    "pound lb lbs",
    "percent % percentage",
    "kilogram kg kgs",
    "kilometer km kilometre",
    "ounce oz",
    "gram g gm",
    "milligram mg",
    "mile mi",
    "milliliter ml millilitre",
    "centimeter cm centimetre",
    "millimeter mm millimetre",
    "meter metre",
    "liter litre",
    "foot feet ft",
    "minute min mins",
    "dollar $ usd",
    "euro € eur",
    "hour hr hrs",
    "application app",
    "repository repo",
    "information info",
    "configuration config",
    "database db",
    # a tool's name and its short form ("PostgreSQL" / "Postgres", "JavaScript" / "JS")
    "postgresql postgres",
    "javascript js",
    "typescript ts",
    "kubernetes k8s",
    "directory dir folder",
    # Round 15: analytics operations and their short forms, aliases of places and tools
    "average avg",
    "sum total",
    "dataframe df",
    "descending desc",
    "ascending asc",
    "mongodb mongo",
    "react reactjs",
    "node nodejs",
    "vue vuejs",
    "distinct unique",
    "netherlands holland",
    # Round 16: an audience or a platform and its other name ("teens" / "teenagers",
    # "the elderly" / "seniors", "Mac" / "macOS"); not "kids" / "teens", nor "PC" / "Windows"
    "teenager teen",
    "senior elderly",
    "colleague coworker",
    "macos mac osx",
    # a rewording asked in other words ("Paraphrase this:" / "Reword this text:")
    "paraphrase rephrase reword",
    "shorten condense",
    # Round 18: a superlative in other words ("richest" / "wealthiest")
    "richest wealthiest",
    "newest latest",
    "populous populated",
    "longest lengthiest",
    # Round 20: a role in other words ("renter" / "tenant")
    "tenant renter",
    # Round 39: a feeling and a wrong in other words ("jealous" / "envious", "for plagiarism"
    # / "for plagiarizing"); "the whole group" / "the entire group" is `askframes` (not "a
    # whole number", "whole milk")
    "jealous envious",
    # Round 41: a judgment in other words ("weird" / "strange", "rude" / "impolite"); "grant
    # X access" / "give X access" is `askframes` (not "give blood", "give notice")
    "weird strange",
    "rude impolite",
    # (round 64's "sick" = "ill" is gone, red team 6: "baby sick" and "being sick" are
    # vomit, and `roles.crossed` compares the words as written: "if I am sick" / "if he is
    # ill")
    "plagiarism plagiarize plagiarizing plagiarise plagiarising",
    # Recall pass 11: one thing by two names, each name with no other sense a prompt uses
    "inexpensive cheap",
    "ban prohibit",
    "middle mid",  # "mid-project" / "in the middle of the project"
)
# English irregular verbs, one row "base past participle" (the readers that know a strong
# verb's forms each take theirs from here)
IRREGULAR_VERBS: tuple[tuple[str, str, str], ...] = tuple(
    (base, past, participle)
    for base, past, participle in (
        row.split()
        for row in """
    beat beat beaten, begin began begun, bid bid bid, bite bit bitten, break broke broken,
    bring brought brought, build built built, buy bought bought, catch caught caught,
    choose chose chosen, come came come, cut cut cut, do did done, draw drew drawn,
    drink drank drunk, drive drove driven, eat ate eaten, fall fell fallen, feed fed fed,
    feel felt felt, fight fought fought, find found found, fly flew flown,
    forbid forbade forbidden, forget forgot forgotten, forgive forgave forgiven,
    freeze froze frozen, get got gotten, give gave given, go went gone, grow grew grown,
    hear heard heard, hide hid hidden, hit hit hit, hold held held, hurt hurt hurt,
    keep kept kept, know knew known, lay laid laid, lead led led, leave left left,
    lend lent lent, let let let, lose lost lost, make made made, meet met met,
    mislead misled misled, mistake mistook mistaken, outbid outbid outbid,
    outgrow outgrew outgrown, outrun outran outrun, overpay overpaid overpaid,
    overrun overran overrun, overtake overtook overtaken, overthrow overthrew overthrown,
    pay paid paid, put put put, quit quit quit, read read read, rebuild rebuilt rebuilt,
    repay repaid repaid, ride rode ridden, rise rose risen, run ran run, say said said,
    see saw seen, seek sought sought, sell sold sold, send sent sent, set set set,
    shake shook shaken, shoot shot shot, show showed shown, shut shut shut, sing sang sung,
    sink sank sunk, speak spoke spoken, spend spent spent, spill spilt spilt,
    steal stole stolen, sting stung stung, strike struck struck, swear swore sworn,
    take took taken, teach taught taught, tear tore torn, tell told told,
    think thought thought, throw threw thrown, underpay underpaid underpaid,
    understand understood understood, upset upset upset, wake woke woken, wear wore worn,
    win won won, write wrote written
    """.split(",")
    )
)
BASE_OF_PAST: dict[str, str] = {past: base for base, past, _ in IRREGULAR_VERBS}
BASE_OF_PARTICIPLE: dict[str, str] = {part: base for base, _, part in IRREGULAR_VERBS}
# a strong verb's participle and its simple past, when they differ ("chosen" / "chose")
PAST_OF_PARTICIPLE: dict[str, str] = {
    part: past for _, past, part in IRREGULAR_VERBS if part != past
}
# Irregular past participles, read as their verb only in a passive with its agent ("was
# Instagram bought by"), so a passive question is compared with its active one ("Why did
# X buy Y" / "Why was Y bought by X"). Not the simple past ("Who won" / "Who will win"),
# and a selection: "My dog was left by the door" is "Someone left my dog by the door".
_PARTICIPLE_VERBS = _words(
    """buy sell write take build pay send spend win lose hold lead bring teach catch fight see
    choose drive eat draw grow steal break speak forget begin sing beat shoot strike feel keep
    meet understand wear tear freeze shake throw fly sink swear bite find give ride rise fall
    forgive"""
)
PARTICIPLES: dict[str, str] = {
    part: base for base, _, part in IRREGULAR_VERBS if base in _PARTICIPLE_VERBS
}
# Auxiliaries a passive's participle follows ("was ... bought by", "got ... hit by").
PARTICIPLE_AUXILIARIES = _words("is are was were be been being get gets got")

# Phrasal verbs read as the one word they mean ("turn off" / "disable"): the swap of their
# particle stays a difference (enable/disable are antonyms).
PHRASAL_VERBS: dict[str, str] = {
    "turn on": "enable",
    "switch on": "enable",
    "turn off": "disable",
    "switch off": "disable",
    "power on": "enable",
    "power off": "disable",
    "come up with": "generate",
    "come out": "release",  # "When did X come out" / "When was X released"
    # noun phrases read as their short form
    "regular expression": "regex",
    "gypsum board": "drywall",
    "electrical outlet": "outlet",
    "electrical receptacle": "outlet",
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "pros and cons": "advantages and disadvantages",
    "pros & cons": "advantages and disadvantages",
    # asking for the working of a problem ("Show your working" / "Show the steps")
    "show your working": "step by step",
    "show your work": "step by step",
    "show the working": "step by step",
    "show the steps": "step by step",
    "show all steps": "step by step",
    "show all the steps": "step by step",
    "show your steps": "step by step",
    "bullet points": "bullets",
    # Round 20: a role in other words ("my mom and dad" / "my parents")
    "mom and dad": "parents",
    "mum and dad": "parents",
    "mother and father": "parents",
    "unable to": "can not",
    # Round 64: "ask for money rather than gifts" / "instead of gifts"; "sick of X" is fed up
    # with it, no illness
    "rather than": "instead of",
    "sick and tired of": "fed up with",
    "sick of": "fed up with",
    # Round 15: a name and its short form ("the United States" / "the USA", "New York
    # City" / "NYC"; "New York" alone may be the state), the first quarter as "Q1", a
    # statistic's other names ("the mean" is the average, "the mean" of a word is
    # "the meaning"), a sort order in words. Not a decade without its century ("in the
    # 70s" may be a temperature), nor an ordinal in digits ("2nd year" counts a year).
    "united states of america": "usa",
    "united states": "usa",
    "united kingdom": "uk",
    "united arab emirates": "uae",
    "new york city": "nyc",
    "czech republic": "czechia",
    "world war ii": "ww 2",
    "world war 2": "ww 2",
    "wwii": "ww 2",
    "world war i": "ww 1",
    "world war 1": "ww 1",
    "wwi": "ww 1",
    "the mean": "the average",
    "arithmetic mean": "average",
    "most recent": "latest",
    "moving average": "rolling average",
    "from high to low": "descending",
    "high to low": "descending",
    "highest to lowest": "descending",
    "largest to smallest": "descending",
    "from low to high": "ascending",
    "low to high": "ascending",
    "lowest to highest": "ascending",
    "smallest to largest": "ascending",
    "older adults": "seniors",
    "older people": "seniors",
    "win 10": "windows 10",
    "win 11": "windows 11",
    # Recall pass 11: a verb or a noun phrase in other words, read only as the phrase ("deal
    # with" / "handle"; not "a deal", "spot", "tank", "shot", "present" or "old" alone)
    # ("What's the (big) deal with X", "his deal with" are a noun: kept as said, listed first)
    "the deal with": "the deal with",
    "big deal with": "big deal with",
    "his deal with": "his deal with",
    "her deal with": "her deal with",
    "their deal with": "their deal with",
    "your deal with": "your deal with",
    "my deal with": "my deal with",
    # hardening pass 4: "make / strike / reach a deal with" is an agreement, not "handle"
    "a deal with": "a deal with",
    "trade deal with": "trade deal with",
    "any deal with": "any deal with",
    "no deal with": "no deal with",
    "good deal with": "good deal with",
    "great deal with": "great deal with",
    "better deal with": "better deal with",
    "best deal with": "best deal with",
    "plea deal with": "plea deal with",
    # "often" / "frequently" are how often (not "usually": "When do tulips usually bloom?" /
    # "How often do tulips bloom?", red team 10), "talk to" / "speak to", "my medicine" /
    # "my medication" (not "medicine" the field: "emergency medicine")
    "frequently": "often",
    "talked to": "spoke to",
    "talked with": "spoke with",
    "talk to": "speak to",
    "talk with": "speak with",
    "my medicine": "my medication",
    "his medicine": "his medication",
    "her medicine": "her medication",
    "your medicine": "your medication",
    "their medicine": "their medication",
    "dealt with": "handled",
    "deal with": "handle",
    "cope with": "handle",
    "say no to": "decline",
    "say no": "decline",
    "show up late": "arrive late",
    "show up early": "arrive early",
    # "show up" is "arrive" at a place and "appear" on a list: only with the word that says
    # which (a past "showed up" is read as "arrive", the stem both share)
    "show up on": "appear on",
    "show up at": "arrive at",
    "taking forever": "taking so long",
    "less appealing": "less attractive",
    "marathon runners": "marathoners",
    "sales rep": "salesperson",
    "dental office": "dentist office",
    "dental offices": "dentist offices",
    "aging parent": "elderly parent",
    "aging parents": "elderly parents",
    "insurance company": "insurer",
    # Recall step 15: a short form and its words ("my ER bill" / "my emergency room bill");
    # only short forms with one reading in a question ("OR" is also "or", "AC" is also a current,
    # "PT" is a therapist or a trainer): the words map to the letters, never the reverse
    "emergency room": "ER",
    "emergency rooms": "ERs",
    "over the counter": "OTC",
    "over-the-counter": "OTC",
    "annual general meeting": "AGM",
    "do it yourself": "DIY",
    "do-it-yourself": "DIY",
    "intensive care unit": "ICU",
    # and a lack said with a prefix or with "without" / "not" ("uninsured patients" /
    # "patients without insurance", "denied as non-emergency" / "as not an emergency");
    # "underinsured", "with insurance", "not insured enough" are kept as said; a bare
    # "without insurance" is not read (red team 14: "pay cash without insurance knowing",
    # "hire workers without insurance" (workers' comp) are other questions)
    "patients without insurance": "uninsured patients",
    "people without insurance": "uninsured people",
    "drivers without insurance": "uninsured drivers",
    "adults without insurance": "uninsured adults",
    "children without insurance": "uninsured children",
    "kids without insurance": "uninsured kids",
    "families without insurance": "uninsured families",
    "do not have insurance": "am uninsured",
    "do not have health insurance": "am uninsured",
    "not an emergency": "a nonemergency",
    "fish tank": "aquarium",
    "planted tank": "planted aquarium",
    "parking spot": "parking space",
    "parking spots": "parking spaces",
    "auto loan": "car loan",
    "auto repair": "car repair",
    "auto insurance": "car insurance",
    "auto refinance": "car refinance",
    "wedding present": "wedding gift",
    "wedding presents": "wedding gifts",
    "birthday present": "birthday gift",
    "flu shot": "flu vaccine",
    "flu shots": "flu vaccines",
    "rabies shot": "rabies vaccine",
    "rabies shots": "rabies vaccines",
    # someone or somewhere held in the past ("my old boss" / "my former boss"); not "old"
    # alone, an age ("my old dog"), nor "old school", "old friend", "old house"
    "old boss": "former boss",
    "old employer": "former employer",
    "previous employer": "former employer",
    # Recall pass 12: a phrase in other words, each only as the whole phrase ("decide
    # between" / "choose between"; "wildlife rehabber" but not "rehab" alone, an addiction's).
    # Not, after red team 11: "cut down on" / "reduce" (a sauce is reduced), "constantly" /
    # "always" (a rule: "Does a water softener always use salt?"), "against the law" /
    # "illegal" ("against the law of conservation of energy")
    "decided between": "chose between",
    "deciding between": "choosing between",
    "decide between": "choose between",
    "poor credit": "bad credit",
    "totally": "completely",
    "total beginner": "complete beginner",
    "total beginners": "complete beginners",
    "wildlife rehabbers": "wildlife rehabilitators",
    "wildlife rehabber": "wildlife rehabilitator",
    "wildlife rehab": "wildlife rehabilitation",
    "first quarter": "q1",
    "second quarter": "q2",
    "third quarter": "q3",
    "fourth quarter": "q4",
}
# Words ending in "s" that are not a plural of the word without it ("https" / "http").
# (and "proceeds", the money a sale brings, which is no "proceed": red team 6)
NOT_PLURALS = _words("https wss ftps proceeds")

SYNONYMS: dict[str, str] = {
    word: group.split()[0] for group in SYNONYM_GROUPS for word in group.split()
}

CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("won't", "will not"),
    ("can't", "can not"),
    ("cannot", "can not"),
    ("shan't", "shall not"),
    ("ain't", "is not"),
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'m", " am"),
    ("let's", "let us"),
    ("what's", "what is"),
    ("that's", "that is"),
    ("there's", "there is"),
    ("it's", "it is"),
    ("how's", "how is"),
    ("who's", "who is"),
    ("where's", "where is"),
    ("when's", "when is"),
    ("why's", "why is"),
    ("he's", "he is"),
    ("she's", "she is"),
)

# The same, typed without the apostrophe ("dont", "cant": a negation all the same). Not
# in capitals ("IM", "ILL"): those are more often acronyms.
BARE_CONTRACTIONS: dict[str, str] = {
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "couldnt": "could not",
    "mustnt": "must not",
    "wont": "will not",
    "cant": "can not",
    "whats": "what is",
    "thats": "that is",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
}

# Question words that ask for different kinds of answer.
WH_CLASSES: dict[str, str] = {
    "who": "person",
    "whom": "person",
    "whose": "person",
    "where": "place",
    "when": "time",
    "how many": "count",
    "how much": "amount",
    "how long": "duration",
    "how old": "age",
    "how far": "distance",
}

# One-sided mention of these changes the answer (weaker time/format words count only
# when both prompts name one and they differ).
STRONG_TIME_WORDS = frozenset(FOREIGN_TIME_WORDS) | _words(
    """
    yesterday today tomorrow tonight ago last next previous upcoming morning afternoon
    evening night noon midnight weekend monday tuesday wednesday thursday friday saturday
    sunday january february april june july august september october november december
    daily weekly monthly yearly hourly quarterly biweekly
    """
)
STRONG_FORMAT_WORDS = _words(
    """
    bullet table json csv xml yaml toml markdown html latex pdf paragraph sentence word
    line essay poem haiku limerick sonnet tweet summary outline diagram chart graph
    numbered brief detailed eli5 formal casual funny sarcastic
    hex binary octal decimal roman base64 ascii unicode
    """
)

# Quantifiers and modal verbs, by what they ask: "all" / "some" and "can" / "should" are
# stopwords alone (a one-sided "some" or "can" is framing), yet swapping one class for
# another changes the question ("Is everyone eligible?" / "Is anyone eligible?", "Must I
# file?" / "May I file?"). Negative quantifiers ("none", "no") are negations.
QUANTIFIER_CLASSES = word_classes(
    all="all every each everyone everybody everything both",
    some="some any anyone anybody someone somebody something anything",
    most="most",
    few="few several",
    one="one",
    half="half",  # hardening pass 38: "if half attend" / "if all attend"
)
# How many things a request asks for, read from the determiner right after its verb
# ("Give me an example" / "Give me examples", "Name a country" / "Name all the countries",
# "Write a test" / "Write all tests"): one thing, all of them, or several.
REQUEST_VERBS = _words(
    """
    give write tell name suggest recommend list generate create provide share show find
    pick choose draft compose make send offer propose draw sketch plot
    """
)
OBJECT_PRONOUNS = _words("me us him her them")
# Words before a request verb that keep it an imperative ("Please list", "and name");
# elsewhere it is a how-to ("How do I make a cake" asks what "... make cakes" asks).
IMPERATIVE_LEADS = _words("please kindly just now then and you")
# "a" + one of these asks for several ("a few ideas", "a couple of names", "a lot of tips").
SEVERAL_AFTER_A = _words("few couple lot bunch handful")
REQUEST_COUNTS = word_classes(
    one="a an one single",
    all="all every each",
    many="some several multiple various many few",
)
# "Do I have to file?" asks what "Must I file?" asks.
SEMI_MODALS = _words("have has need needs")
MODAL_CLASSES = word_classes(
    can="can could may might", should="should shall ought", must="must", will="will would"
)
# The tense of the auxiliary that opens a question ("Is Pluto" / "Was Pluto", "What does it
# cost" / "What did it cost").
AUXILIARY_TENSES = word_classes(present="is are am do does", past="was were did")
# Personal pronouns by person, he and she apart ("Can he" / "Can she" ask about others).
PERSONS = word_classes(
    first="i me my mine myself",
    first_plural="we us our ours ourselves",
    second="you your yours yourself",
    he="he him his himself",
    she="she her hers herself",
    they="they them their theirs themselves",
)

# Kinship nouns, as written or in canonical form ("mom" -> "mother", "kids" -> "child"): a
# prefix word put before one ("great", "grand", "step", "half", "god", "foster") or "in law"
# after it names another relative ("an aunt" / "a great-aunt", "my brother" / "my
# half-brother", "my sister" / "my sister-in-law"; `nearmiss.affix_added`)
KIN_NOUNS = _words(
    """
    mother father parent mom dad mum son daughter child children kid brother sister sibling
    aunt uncle niece nephew cousin grandmother grandfather grandparent grandma grandpa
    grandson granddaughter grandchild grandchildren grandkid
    """
)

# Participles of causing a harm or a deed: "injuries caused by X" names the one who hurts,
# "injuries (caused) to X" the one hurt (`roles.preps`, role pass 116); "suffered / sustained
# by X" name the one hurt and stay out.
CAUSING_PARTICIPLES = _words("caused done inflicted dealt")

# Prompts that point at content the cache never saw.
DEICTIC_WORDS = _words("below above attached aforementioned")
BACKWARD_DEICTIC_WORDS = _words("above aforementioned")  # the text comes before them
DEICTIC_NOUNS = _words(
    """
    problem problems question questions image picture photo pic sentence sentences code
    text passage paragraph essay equation puzzle riddle song video error message document
    article word words poem quote statement situation file link website graph chart table
    email letter story function program script query snippet list data number sequence
    """
)

# Word classes of question openings (`rules`, `direction`).
POLAR_STARTS = frozenset(
    (
        "is are was were am do does did can could will would should shall may might must has have"
    ).split()
)  # a yes/no question opens with one of these
# Verbs whose "how" is answered by a place or a source: finding, getting, handing in,
# joining, watching, putting somewhere ("How do I report X?" / "Where do I report X?" ask
# one thing); after "how do I" / "where can I" any other verb asks a technique against a
# place (`whwords`, hardening pass 40).
REACH_VERBS = _words(
    """
    find locate get obtain acquire buy purchase order shop source rent lease borrow hire
    recruit contact reach meet sell trade exchange cash pay deposit withdraw earn make
    invest donate recycle dispose dump throw drop pick report file complain submit send
    mail apply register sign enroll join volunteer subscribe claim request renew appeal
    see view check look search track watch stream read listen download access log print
    learn study start begin park store keep put place position stash hide lock leave set
    stay
    """
)
WH_WORDS = frozenset("what which who whom whose how why where when".split())
BE_FORMS = frozenset("is are was were".split())

# An object pronoun's possessive: "tell him" / "his N", "by me" / "my N".
OWNER_OF = {"me": "my", "us": "our", "you": "your", "him": "his", "her": "her", "them": "their"}
