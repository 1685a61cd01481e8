"""A frozen copy of HeartLog's per-entry analysis before it was optimised: the reference.

``test_analysis_equivalence.py`` checks that ``heartlog.core.analysis`` returns
exactly the same ``EntryResult.to_json()`` as this copy. These modules are the
readable pipeline of commit 4ba62c9 (analyser, sentences, tokens, sentiment,
conflict, language, obstacles, results, and the data loaders lexicon and
markers), unchanged except for their imports and one thing: the scorer uses
vaderSentiment's own ``SentimentIntensityAnalyzer`` instead of ``vader_fast``,
so the equivalence covers the faster VADER core too. They read the same data
files as the application. When an analysis *rule* changes on purpose, change it
here too (and bump ``CODE_VERSION``): this copy is the specification the fast
path is held to.
"""
