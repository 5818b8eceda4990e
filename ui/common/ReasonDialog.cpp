#include "ReasonDialog.h"

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

ReasonDialog::ReasonDialog(const Question& question, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(question.dateLabel.isEmpty() ? nullptr : new QDateEdit(Clock::today(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(question.objectName);
    setWindowTitle(question.title);
    auto* text = new QLabel(question.text, this);
    text->setWordWrap(true);
    m_reason->setObjectName(question.reasonName);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    for (qsizetype i = 0; i < question.reasons.size(); ++i)
        m_reason->addItem(question.reasons.at(i), question.reasonKeys.value(i, {}));
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick a reason or type your own"));
    if (m_date) {
        m_date->setObjectName(question.dateName);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(question.acceptText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (question.reasonLabel.isEmpty()) {
        layout->addWidget(m_reason);
    } else {
        auto* form = new QFormLayout;
        form->addRow(question.reasonLabel, m_reason);
        if (m_date)
            form->addRow(question.dateLabel, m_date);
        layout->addLayout(form);
    }
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

QString ReasonDialog::reason() const {
    return m_reason->currentText().trimmed();
}

QDate ReasonDialog::date() const {
    return m_date ? m_date->date() : QDate();
}

std::optional<ReasonDialog::Answer> ReasonDialog::ask(QWidget* parent, const Question& question) {
    ReasonDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{dialog.reason(), dialog.date()};
}

std::optional<QString> ReasonDialog::askDisqualify(QWidget* parent, const QString& name, int count) {
    const auto answer = ask(parent, {u"disqualifyDialog"_s,
                                     tr("Disqualify"),
                                     count == 1 ? tr("Why is “%1” disqualified?").arg(name)
                                                : tr("Why are these %n leads disqualified?", "", count),
                                     u"disqualifyReasonCombo"_s,
                                     {tr("No budget"), tr("No need"), tr("Chose a competitor"), tr("Cannot be reached"),
                                      tr("Not a decision maker"), tr("Duplicate"), tr("Spam or fake")},
                                     {},
                                     {},
                                     {},
                                     {},
                                     tr("Disqualify")});
    if (!answer)
        return std::nullopt;
    return answer->reason;
}

std::optional<ReasonDialog::Answer> ReasonDialog::askLoss(QWidget* parent, const QString& what) {
    QStringList shown;
    const QStringList keys = lossReasons();
    for (const QString& key : keys)
        shown.append(lossReasonName(key));
    auto answer = ask(parent, {u"lossReasonDialog"_s, tr("Closed as lost"), tr("Why was %1 lost?").arg(what),
                               u"lossReasonCombo"_s, shown, keys, tr("&Reason:"), tr("&Lost on:"), u"lossDateEdit"_s,
                               tr("Close as lost")});
    if (answer)
        answer->reason = lossReasonKey(answer->reason);
    return answer;
}

} // namespace Fieldbook
