#include "MarkingTranslator.h"

#include <QCoreApplication>

namespace Fieldbook::Test {

MarkingTranslator::MarkingTranslator(QStringList contexts)
    : m_contexts(std::move(contexts)) {
    QCoreApplication::installTranslator(this);
}

MarkingTranslator::~MarkingTranslator() {
    QCoreApplication::removeTranslator(this);
}

QString MarkingTranslator::translate(const char* context, const char* sourceText, const char*, int) const {
    if (!m_contexts.contains(QString::fromUtf8(context)))
        return {};
    return marked(QString::fromUtf8(sourceText));
}

QString MarkingTranslator::marked(const QString& text) {
    return QStringLiteral("«") + text + QStringLiteral("»");
}

} // namespace Fieldbook::Test
