def test_deadline_timeline_puts_rounds_articles_and_revisions_on_one_axis():
    from datetime import date

    from components.charts import deadline_timeline
    from parley.profile import load_profile

    profile = load_profile()
    figure = deadline_timeline(profile.deadlines[0], list(profile.rounds),
                               [date(2025, 7, 23), date(2025, 7, 23), date(2025, 8, 5)], date(2025, 7, 23))
    rounds, articles, *revisions = figure.data
    assert list(rounds.x) == [date(2025, 5, 16), date(2025, 6, 2), date(2025, 7, 23)]
    assert list(articles.marker.size) == [12, 10]
    assert [tuple(r.x) for r in revisions] == [(date(2025, 7, 14), date(2025, 9, 2)),
                                               (date(2025, 7, 28), date(2025, 8, 9)),
                                               (date(2025, 7, 29), date(2025, 8, 8))]
