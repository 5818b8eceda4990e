#include "ConflictComparison.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kVisibleLines = 4;
}

ConflictComparison::ConflictComparison(QWidget* parent)
    : QWidget(parent)
    , m_before(new QPlainTextEdit(this))
    , m_theirs(new QPlainTextEdit(this))
    , m_yours(new QPlainTextEdit(this)) {
    setObjectName(u"conflictComparison"_s);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    const std::tuple<QPlainTextEdit*, QString, QString> columns[] = {
        {m_before, tr("Before"), u"beforeText"_s},
        {m_theirs, tr("Theirs (on the server)"), u"theirsText"_s},
        {m_yours, tr("Yours (on this computer)"), u"yoursText"_s},
    };
    int column = 0;
    for (const auto& [edit, title, name] : columns) {
        auto* label = new QLabel(title, this);
        label->setBuddy(edit);
        label->setForegroundRole(QPalette::PlaceholderText);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * kVisibleLines + 2 * edit->frameWidth() + 8);
        layout->addWidget(label, 0, column);
        layout->addWidget(edit, 1, column);
        layout->setColumnStretch(column, 1);
        ++column;
    }
}

void ConflictComparison::showValues(const QString& before, const QString& theirs, const QString& yours) {
    m_before->setPlainText(before);
    m_theirs->setPlainText(theirs);
    m_yours->setPlainText(yours);
}

void ConflictComparison::clear() {
    showValues({}, {}, {});
}

} // namespace Fieldbook
