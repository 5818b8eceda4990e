#include "LossReasonDialog.h"

#include "common/Clock.h"
#include "domain/Opportunity.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LossReasonDialog::LossReasonDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(new QDateEdit(Clock::today(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"lossReasonDialog"_s);
    setWindowTitle(tr("Closed as lost"));
    auto* question = new QLabel(tr("Why was %1 lost?").arg(what), this);
    question->setWordWrap(true);
    m_reason->setObjectName(u"lossReasonCombo"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& reason : lossReasons())
        m_reason->addItem(lossReasonName(reason), reason);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick a reason or type your own"));
    m_date->setObjectName(u"lossDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close as lost"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Lost on:"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QComboBox::currentTextChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString LossReasonDialog::reason() const {
    return lossReasonKey(m_reason->currentText());
}

QDate LossReasonDialog::closeDate() const {
    return m_date->date();
}

std::optional<LossReasonDialog::Answer> LossReasonDialog::ask(QWidget* parent, const QString& what) {
    LossReasonDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{dialog.reason(), dialog.closeDate()};
}

} // namespace Fieldbook
