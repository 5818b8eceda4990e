#pragma once

#include "store/write/RecordRows.h"
#include "domain/Quote.h"

namespace Fieldbook {

/// Quotes and their lines to and from their stored rows (RecordType::quotes() and quoteLines()),
/// for QuoteRepository and QuoteQuery. Internal to core/store.
namespace QuoteRows {

Quote toQuote(const RecordRow& row);
RecordValues values(const Quote& quote);
QuoteLine toLine(const RecordRow& row);
RecordValues values(const QuoteLine& line);

} // namespace QuoteRows

} // namespace Fieldbook
