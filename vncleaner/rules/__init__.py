"""Stage 4: the rules, in the order they run; the first rule to claim a line labels it.

Line rules come first (they need nothing but the line), then page rules that
read what earlier rules decided: the headline needs captions and links known,
the trailing list needs its header, the signature needs the foot of the page.
"""

from __future__ import annotations

from vncleaner.rules.base import LineRule, Rule
from vncleaner.rules.byline import (
    AgencyCredit,
    AuthorNote,
    AuthorWithSource,
    PlaceOfFiling,
    ReviewCredit,
    SignatureFoot,
    SignatureHead,
    SourceLine,
    SplitSource,
    UrlSource,
)
from vncleaner.rules.caption import (
    CaptionFollower,
    CreditOwner,
    GluedCaption,
    HeadlineAlt,
    KeywordAlt,
    NumberedAlt,
    NumberedStem,
    PhotoCredit,
    PulledSentence,
    PullQuote,
    RepeatedAlt,
    SceneCaption,
    SectionAlt,
    SourcedTitle,
    TableCaption,
    TwinCaption,
)
from vncleaner.rules.dateline import Dateline, ListedDate, RelativeDateline
from vncleaner.rules.facts import FactList
from vncleaner.rules.fields import field_rules
from vncleaner.rules.image import (
    AdBanner,
    AltStub,
    EmbedUrl,
    FileNameAboveCaption,
    ImageStub,
    LinkedThumbnail,
    Thumbnail,
)
from vncleaner.rules.markup import markup_first, markup_last
from vncleaner.rules.nav import (
    Breadcrumb,
    CallToAction,
    Footer,
    GluedMenu,
    Header,
    IconWord,
    Invitation,
    LikeCounter,
    LinkedWidget,
    LinkRun,
    ListHeader,
    Masthead,
    MenuBar,
    MenuRun,
    SymbolsOnly,
    TableOfContents,
    UnaccentedWidget,
    Widget,
)
from vncleaner.rules.related import (
    DoubledHeadline,
    GluedLink,
    HeaderLink,
    HeadlineCluster,
    IndentedLink,
    LinkedHeadline,
    LinkMark,
    ListTwice,
    PastSignature,
    ReadMore,
    ReferenceNote,
    TableLink,
    TeaserRun,
    TopHeadline,
    TrailingList,
    UrlList,
)
from vncleaner.rules.slug import NumberedSlug, Slug, SlugAlt
from vncleaner.rules.title import Headline, HeadlineRepeat, SecondHeadline


def default_rules() -> tuple[Rule, ...]:
    """A fresh instance of every rule with its default parameters, in running order."""
    return (
        *markup_first(),
        *field_rules(),
        Thumbnail(),
        AdBanner(),
        LinkedThumbnail(),
        ImageStub(),
        SlugAlt(),
        AltStub(),
        SymbolsOnly(),
        IconWord(),
        LikeCounter(),
        CallToAction(),
        Invitation(),
        ListHeader(),
        LinkRun(),
        Widget(),
        UnaccentedWidget(),
        GluedMenu(),
        LinkedWidget(),
        Breadcrumb(),
        Footer(),
        Masthead(),
        FactList(),
        ListedDate(),
        Dateline(),
        RelativeDateline(),
        SourceLine(),
        MenuBar(),
        SplitSource(),
        UrlList(),
        EmbedUrl(),
        UrlSource(),
        ReferenceNote(),
        PlaceOfFiling(),
        AuthorNote(),
        ReviewCredit(),
        AgencyCredit(),
        AuthorWithSource(),
        PhotoCredit(),
        SourcedTitle(),
        GluedCaption(),
        NumberedAlt(),
        NumberedStem(),
        TableCaption(),
        LinkMark(),
        ReadMore(),
        HeaderLink(),
        LinkedHeadline(),
        IndentedLink(),
        DoubledHeadline(),
        TableLink(),
        Slug(),
        NumberedSlug(),
        TableOfContents(),
        MenuRun(),
        Headline(),
        SecondHeadline(),
        HeadlineRepeat(),
        Header(),
        SignatureHead(),
        TrailingList(),
        RepeatedAlt(),
        TeaserRun(),
        HeadlineAlt(),
        SectionAlt(),
        TwinCaption(),
        KeywordAlt(),
        CaptionFollower(),
        FileNameAboveCaption(),
        CreditOwner(),
        HeadlineCluster(),
        GluedLink(),
        TopHeadline(),
        ListTwice(),
        SignatureFoot(),
        PastSignature(),
        SceneCaption(),
        PullQuote(),
        PulledSentence(),
        *markup_last(),
    )


RULES: tuple[Rule, ...] = default_rules()

__all__ = ["RULES", "LineRule", "Rule", "default_rules"]
