#include "CallListForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QSpinBox* spin(QWidget* parent, const QString& name, int low, int high, int value, const QString& suffix) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

CallListForm::CallListForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_priority(spin(this, u"callListPriority"_s, -100, 100, 0, {}))
    , m_retryMinutes(spin(this, u"callListRetry"_s, 0, 60 * 24 * 30, 60, tr(" min")))
    , m_maxAttempts(spin(this, u"callListAttempts"_s, 1, 20, 3, {}))
    , m_team(new QCheckBox(tr("The team works it (everyone below me reads it)"), this))
    , m_script(new QPlainTextEdit(this)) {
    m_name->setObjectName(u"callListName"_s);
    m_name->setPlaceholderText(tr("e.g. Spring reactivation"));
    m_priority->setToolTip(tr("Lists of higher priority are called first."));
    m_retryMinutes->setToolTip(tr("No answer or busy: the number comes back after this delay."));
    m_team->setObjectName(u"callListTeam"_s);
    m_team->setChecked(true);
    m_script->setObjectName(u"callListScript"_s);
    m_script->setTabChangesFocus(true);
    m_script->setPlaceholderText(tr("Hello {first_name}, this is … from … . I am calling about {company}'s last "
                                    "order ({last_order}) …"));
    m_script->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_script->setToolTip(tr("Placeholders: {first_name}, {last_name}, {company}, {owner}, {last_order}, {name}"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Call &again after:"), m_retryMinutes);
    form->addRow(tr("At &most (calls per number):"), m_maxAttempts);
    form->addRow(QString(), m_team);
    form->addRow(tr("&Script:"), m_script);
    connect(m_name, &QLineEdit::textChanged, this, &CallListForm::nameChanged);
}

CallList CallListForm::list() const {
    CallList l;
    l.name = m_name->text().trimmed();
    l.priority = m_priority->value();
    l.retryMinutes = m_retryMinutes->value();
    l.maxAttempts = m_maxAttempts->value();
    l.team = m_team->isChecked();
    l.script = m_script->toPlainText().trimmed();
    return l;
}

} // namespace Fieldbook
