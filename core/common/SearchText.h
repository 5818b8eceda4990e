#pragma once

#include <QString>
#include <QStringList>

namespace Fieldbook {

/// Text preparation shared by the full-text index and its queries.
/// CJK characters become single-character tokens, so a Chinese name is found by any substring
/// (a query of several CJK characters becomes a phrase of adjacent tokens). Latin text is matched
/// by word prefix.
namespace SearchText {

bool isCjk(QChar c);
/// Text as stored in the FTS index.
QString forIndex(const QString& text);
/// An FTS5 MATCH expression for what the user typed: every word must match as a prefix,
/// CJK runs as phrases. Empty when the input has nothing searchable.
QString matchExpression(const QString& userInput);
/// `LIKE` patterns for text without a full-text index (opportunity names, quote numbers and
/// titles): one `%term%` per word typed (split at white space, punctuation trimmed at either end,
/// so "Q-2026-D1-0007" stays one term), with `%`, `_` and `\` escaped for `ESCAPE '\'`.
/// Empty when the input has nothing searchable.
QStringList likePatterns(const QString& userInput);
/// One `LIKE` pattern that finds `text` as it stands anywhere in a value (`%text%`), with `%`, `_`
/// and `\` escaped for `ESCAPE '\'`.
QString likePattern(QStringView text);
/// Search tokens for a phone number: its digits, and the same without one to three leading
/// digits (country codes), so "13800138" finds "+86 138 0013 8000".
QString phoneTokens(const QString& phone);
/// Sort key for lists: case-folded, diacritics kept (SQLite orders it bytewise).
QString sortKey(const QString& text);

} // namespace SearchText

} // namespace Fieldbook
