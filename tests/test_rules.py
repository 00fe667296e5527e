"""Every registered rule: well formed, and its examples hold (they are the rule's spec)."""

from __future__ import annotations

import re

import pytest

from build_dataset.clean.cleaner import decide
from build_dataset.clean.lines import make_line, split_lines
from build_dataset.clean.rules import REGISTRY
from russia_israel_news.schema import LINE_LABELS

RULES = list(REGISTRY.values())
LINE_RULES = [r for r in RULES if r.kind == "line"]
PAGE_RULES = [r for r in RULES if r.kind in ("page", "outcome")]  # both have example pages


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_well_formed(rule):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", rule.id)
    assert rule.label in LINE_LABELS
    # one sentence: ends with a full stop, and no full stop followed by a new sentence inside
    assert rule.description.endswith(".") and not re.search(r"\.\s+[A-Z]", rule.description[:-1]), rule.description
    assert rule.drop, "every rule needs at least one example it must decide"


@pytest.mark.parametrize("rule", LINE_RULES, ids=lambda r: r.id)
def test_line_rule_examples(rule):
    for example in rule.drop:
        assert rule.decides(make_line(1, example)), f"{rule.id} must match {example!r}"
    for example in rule.keep:
        assert not rule.decides(make_line(1, example)), f"{rule.id} must not match {example!r}"


@pytest.mark.parametrize("rule", LINE_RULES, ids=lambda r: r.id)
def test_line_rule_drop_examples_are_decided_by_it_in_a_page(rule):
    """In the full cleaner (first match wins), no earlier rule shadows the rule's examples."""
    for example in rule.drop:
        line = make_line(1, example)
        decisions = decide([line])
        assert decisions[0].rule == rule.id, f"{example!r} went to {decisions[0].rule}, not {rule.id}"


def _page(example: tuple[str, ...]):
    lines, marks = [], []
    for i, item in enumerate(example):
        marks.append(item[0])
        lines.append(make_line(i + 1, item[2:]))
    return lines, marks


@pytest.mark.parametrize("rule", PAGE_RULES, ids=lambda r: r.id)
def test_page_rule_examples(rule):
    for example in (rule.drop, rule.keep):
        if not example:
            continue
        lines, marks = _page(example)
        decisions = decide(lines)
        for line, mark, decision in zip(lines, marks, decisions):
            if mark == "-":
                assert decision.rule == rule.id, f"{line.text!r}: {decision.rule}, expected {rule.id}"
            elif mark == "+":
                assert decision.rule != rule.id, f"{line.text!r} must not be decided by {rule.id}"


def test_every_line_gets_exactly_one_decision():
    text = "Home\nA headline about talks\n\nThe talks ended on Friday without an agreement, officials said.\n\nShare"
    lines = split_lines(text)
    decisions = decide(lines)
    assert len(decisions) == len(lines)
    assert all(d.rule in REGISTRY for d in decisions)


def test_facts_are_attributes_of_rules():
    """What a rule's lines are is said on the rule: the article ends at share bars, comment prompts and
    related lists, news tickers, links to the next post, questions about the article and paywalls; share bars, newsletter prompts, disclaimers and bare domains can name the publisher;
    reader comments and author boxes are personal content, whose text the ``lines`` config withholds."""
    from build_dataset.clean.rules import ids_where, page_rules, personal_reasons

    assert ids_where("ends_article") == {"share_bar", "comment_prompt", "related_list", "teaser_list",
                                            "article_feedback", "paywall_prompt", "adjacent_post", "news_ticker"}
    assert ids_where("names_publisher") == {"share_bar", "subscription_prompt", "site_disclaimer", "site_name"}
    assert [r.id for r in page_rules(after_body=False)] == ["consent_block", "markup_line", "markup_link", "comment_section",
                                                           "stamped_byline", "author_box", "related_list", "topic_list",
                                                           "option_list", "news_ticker", "event_list", "sponsored_links", "glued_links",
                                                           "gallery_list"]
    assert [r.id for r in page_rules(after_body=True)] == ["top_stories", "teaser_list", "newsletter_box", "past_article_end",
                                                          "trailing_heading"]
    assert personal_reasons() == {"comment_section": "reader_comment", "author_box": "author_box"}
    assert {r.id for r in RULES if r.kind == "outcome"} == {
        "blank_line", "headline", "headline_dateline", "page_header", "page_trailer", "line_classifier", "duplicate_line",
        "body_paragraph", "section_heading", "table_cell", "name_byline", "caption_over_credit"}


def test_rule_ids_are_unique_and_stable():
    """Rule ids are published in the data; renaming one is a breaking change. This list may only grow."""
    published = {
        "recaptcha_notice", "widget_error", "signup_terms", "subscription_prompt", "comment_prompt", "comment_count",
        "share_bar", "read_also", "photo_credit", "photo_caption", "donation_appeal", "site_disclaimer",
        "navigation_widget", "page_header_date", "dateline", "byline", "lone_number", "site_name", "blank_line",
        "comment_section", "related_list", "headline", "page_header", "page_trailer", "body_paragraph",
        "section_heading", "past_article_end", "call_to_action",
    }
    assert published <= set(REGISTRY)
