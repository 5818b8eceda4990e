#include "FieldCheck.h"

#include "Icons.h"

#include "common/Validation.h"
#include "domain/PhoneNumber.h"

#include <QAction>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

FieldCheck::FieldCheck(QLineEdit* edit, Kind kind)
    : QObject(edit)
    , m_edit(edit)
    , m_kind(kind)
    , m_mark(new QAction(Icons::get(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning), QString(), edit)) {
    setObjectName(u"fieldCheck"_s);
    m_mark->setObjectName(u"fieldProblemMark"_s);
    connect(edit, &QLineEdit::editingFinished, this, &FieldCheck::check);
    // While the user types, an earlier verdict may no longer hold; the next leave decides again.
    connect(edit, &QLineEdit::textEdited, this, [this] { showProblem({}); });
}

QString FieldCheck::value() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return text;
    if (m_kind == Kind::Email)
        return normalizeEmail(text);
    return PhoneNumber::international(text, m_region).value_or(text);
}

QString FieldCheck::problem() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    if (m_kind == Kind::Email)
        return isValidEmail(normalizeEmail(text)) ? QString() : tr("“%1” is not a valid e-mail address.").arg(text);
    const auto number = PhoneNumber::international(text, m_region);
    return number ? QString() : number.error().message;
}

void FieldCheck::check() {
    if (const QString stored = value(); stored != m_edit->text())
        m_edit->setText(stored);
    mark();
}

void FieldCheck::mark() {
    showProblem(problem());
}

void FieldCheck::showProblem(const QString& problem) {
    // Added and removed rather than hidden: the line edit shows the icon of a hidden action too.
    if (problem.isEmpty())
        m_edit->removeAction(m_mark);
    else if (!m_edit->actions().contains(m_mark))
        m_edit->addAction(m_mark, QLineEdit::TrailingPosition);
    m_mark->setToolTip(problem);
    m_edit->setToolTip(problem);
    m_edit->setAccessibleDescription(problem);
}

} // namespace Fieldbook
