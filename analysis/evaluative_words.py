"""Verbs and nouns that evaluate what they name: a small lexicon that fills TextBlob's gap.

TextBlob's lexicon (Pattern's) holds adjectives almost only: "attack", "kill", "praise", "win",
"crisis" or "scandal" score 0 there, while news states its judgements in such verbs and nouns as
often as in adjectives. The learned target model (``analysis.sentiment``) reads the words below as
features of the TextBlob engine's model, so it sees what TextBlob's lexicon lacks (VADER's lexicon
has such words, and the features did not help its model on the dev splits). The classes
are semantic ones with a reason each (harm done, blame voiced, wrongdoing, legal trouble,
failure and trouble, conflict; praise, support, achievement, improvement, virtue); the words are
lemmas (spaCy's lower-case lemma of a verb or noun, so "attacked" and "attacks" count as "attack"),
chosen for the sense they take in news and left out where news often uses another sense ("back",
"charge", "fine", "sentence", "star", "concern", "interest", "party"). The model learns the weight of
each class where it stands (the mention's clause, its dependency neighbours, its governing verb),
so "X attacked Y" may weigh differently for X and for Y. A lemma belongs to one class only.
It is not VADER's lexicon: no intensities, no adjectives, and classes rather than single words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EvaluativeClass:
    """Lemmas (verbs and nouns) of one kind of evaluation, its sign (+1 praise, -1 blame), why
    the class evaluates, and an invented example sentence with the word of the class it holds."""

    name: str
    sign: int
    lemmas: frozenset[str]
    reason: str
    example: tuple[str, str]


def _words(text: str) -> frozenset[str]:
    """A whitespace-separated word list as a set."""
    return frozenset(text.split())


#: The registry: the classes of evaluative verbs and nouns (see the module docstring).
EVALUATIVE_CLASSES: tuple[EvaluativeClass, ...] = (
    EvaluativeClass("harm", -1, _words(
        "attack assault kill murder slaughter massacre bomb bombing shoot shooting stab torture rape kidnap "
        "abduct injure wound harm hurt destroy devastate terrorize terrorise invade invasion violence bloodshed "
        "atrocity genocide terrorism terror war killing casualty hostage brutality cruelty persecute persecution "
        "oppress oppression repress repression crackdown intimidate intimidation threaten threat"),
        "harm done or threatened: the doer is blamed, the sufferer pitied",
        ("Gunmen attacked the convoy near Mosul.", "attacked")),
    EvaluativeClass("blame", -1, _words(
        "accuse accusation blame condemn condemnation criticize criticise criticism denounce slam blast "
        "rebuke reprimand scold chastise lambast decry deplore mock ridicule insult smear vilify demonize "
        "demonise disparage belittle berate backlash outrage scorn contempt disdain derision ridicule "
        "complaint complain grievance"),
        "blame voiced by someone: a judgement against its object",
        ("Senators condemned the decision on Monday.", "condemned")),
    EvaluativeClass("wrongdoing", -1, _words(
        "lie liar cheat steal theft fraud corruption bribe bribery embezzle embezzlement scandal misconduct "
        "wrongdoing crime criminal violate violation abuse abuser deceive deception mislead betray betrayal "
        "hypocrisy hypocrite collude collusion conspiracy extort extortion harass harassment discriminate "
        "discrimination racism racist bigotry bigot exploit exploitation manipulate manipulation obstruct "
        "obstruction propaganda cronyism nepotism plagiarism misuse mismanagement negligence dictator "
        "dictatorship tyranny tyrant thug extremist extremism"),
        "a wrong done or a wrongdoer named: the actor is blamed",
        ("The mayor took a bribe from the builder.", "bribe")),
    EvaluativeClass("legal trouble", -1, _words(
        "arrest indict indictment convict conviction jail imprison imprisonment prison prosecute prosecution "
        "impeach impeachment sue lawsuit punish punishment penalty sanction expel expulsion oust ouster "
        "depose topple sack dismissal disqualify suspend suspension deport deportation"),
        "sanctions suffered: news reports them of those it holds at fault",
        ("Police arrested the treasurer at his home.", "arrested")),
    EvaluativeClass("failure", -1, _words(
        "crisis disaster catastrophe tragedy chaos turmoil mess failure fiasco debacle blunder gaffe mistake "
        "error problem trouble struggle flounder falter stumble backfire botch bungle recession bankruptcy "
        "shortage poverty unemployment deficit damage loss defeat setback danger fear worry anxiety panic "
        "suffer suffering victim shame disgrace humiliation embarrassment embarrass humiliate decline"),
        "trouble and failure: what goes wrong for or through the actor",
        ("The launch was a fiasco for the firm.", "fiasco")),
    EvaluativeClass("conflict", -1, _words(
        "clash feud rift dispute conflict hostility confrontation fight quarrel oppose opposition reject "
        "rejection refuse refusal deny denial resist resistance protest boycott defy defiance veto "
        "undermine sabotage provoke provocation"),
        "conflict and refusal: the actor opposes or is opposed",
        ("The union rejected the offer outright.", "rejected")),
    EvaluativeClass("praise", 1, _words(
        "praise applaud commend hail laud celebrate celebration honor honour congratulate congratulation "
        "thank thanks admire admiration acclaim tribute accolade compliment salute cheer gratitude"),
        "praise voiced by someone: a judgement in favour of its object",
        ("Teachers praised the new minister.", "praised")),
    EvaluativeClass("support", 1, _words(
        "support supporter endorse endorsement defend defender protect protection help aid assist "
        "assistance rescue save welcome embrace trust respect love ally alliance friend friendship fan "
        "cooperate cooperation collaborate collaboration unite unity reconcile reconciliation donate donation "
        "volunteer charity care"),
        "help, protection and approval given or received",
        ("Neighbours rescued the family from the flood.", "rescued")),
    EvaluativeClass("achievement", 1, _words(
        "achieve achievement accomplish accomplishment succeed success excel triumph win victory winner "
        "breakthrough milestone award prize medal hero heroine heroism champion championship legend icon "
        "genius talent masterpiece"),
        "success and distinction: the actor achieves or is honoured",
        ("The coach led the team to victory.", "victory")),
    EvaluativeClass("improvement", 1, _words(
        "improve improvement boost strengthen benefit thrive flourish prosper prosperity restore rebuild heal "
        "cure solve solution resolve fix progress growth recovery relief peace agreement opportunity "
        "innovation innovate empower reform"),
        "things getting better, for or through the actor",
        ("The new law will benefit small farmers.", "benefit")),
    EvaluativeClass("virtue", 1, _words(
        "courage bravery integrity dignity honesty compassion kindness generosity wisdom dedication "
        "commitment leadership freedom justice hope pride inspire inspiration"),
        "a virtue or an ideal ascribed: the actor is admired",
        ("Her courage moved the whole town.", "courage")),
)

#: The class of each lemma (a lemma belongs to one class only; the tests check it).
EVALUATIVE_CLASS_OF: dict[str, EvaluativeClass] = {lemma: c for c in EVALUATIVE_CLASSES for lemma in sorted(c.lemmas)}
