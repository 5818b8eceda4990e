#include "OccurrenceScopeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

std::optional<std::optional<OccurrenceScope>> OccurrenceScopeDialog::s_nextAnswer;
bool OccurrenceScopeDialog::s_lastOfferedThis = true;

std::optional<OccurrenceScope> OccurrenceScopeDialog::ask(QWidget* parent, Purpose purpose, const QString& title,
                                                          bool allowThis) {
    if (s_nextAnswer) {
        const std::optional<OccurrenceScope> answer = *s_nextAnswer;
        s_nextAnswer.reset();
        s_lastOfferedThis = allowThis;
        return answer;
    }
    OccurrenceScopeDialog dialog(parent, purpose, title, allowThis);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.scope();
}

void OccurrenceScopeDialog::setNextAnswer(std::optional<OccurrenceScope> answer) {
    s_nextAnswer = answer;
}

OccurrenceScopeDialog::OccurrenceScopeDialog(QWidget* parent, Purpose purpose, const QString& title, bool allowThis)
    : QDialog(parent)
    , m_this(new QRadioButton(tr("&This occurrence"), this))
    , m_following(new QRadioButton(tr("This and &following occurrences"), this))
    , m_all(new QRadioButton(tr("&All occurrences"), this)) {
    setObjectName(u"occurrenceScopeDialog"_s);
    m_this->setObjectName(u"scopeThis"_s);
    m_following->setObjectName(u"scopeFollowing"_s);
    m_all->setObjectName(u"scopeAll"_s);
    QString question;
    QString action;
    switch (purpose) {
    case Purpose::Edit:
        setWindowTitle(tr("Change a repeating event"));
        question = tr("“%1” repeats. Which occurrences should change?");
        action = tr("&Change");
        break;
    case Purpose::Move:
        setWindowTitle(tr("Move a repeating event"));
        question = tr("“%1” repeats. Which occurrences should move?");
        action = tr("&Move");
        break;
    case Purpose::Delete:
        setWindowTitle(tr("Delete a repeating event"));
        question = tr("“%1” repeats. Which occurrences should be deleted?");
        action = tr("&Delete");
        break;
    }
    auto* text = new QLabel(question.arg(title), this);
    text->setWordWrap(true);
    m_this->setEnabled(allowThis);
    if (!allowThis)
        m_this->setToolTip(tr("The repetition changed, which a single occurrence cannot have."));
    (allowThis ? m_this : m_following)->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(action);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_this);
    layout->addWidget(m_following);
    layout->addWidget(m_all);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

OccurrenceScope OccurrenceScopeDialog::scope() const {
    if (m_this->isChecked())
        return OccurrenceScope::This;
    return m_following->isChecked() ? OccurrenceScope::ThisAndFollowing : OccurrenceScope::All;
}

} // namespace Fieldbook
