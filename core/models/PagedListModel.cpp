#include "PagedListModel.h"

namespace Fieldbook {

void PagedListModel::setError(const Error& error) {
    m_lastError = error.message;
    emit loadFailed(error.message);
}

} // namespace Fieldbook
