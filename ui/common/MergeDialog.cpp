#include "MergeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

std::optional<std::optional<int>> MergeDialog::s_nextAnswer;

MergeDialog::MergeDialog(const std::array<QString, 2>& names, const std::array<QString, 2>& summaries, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(tr("Merge records"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the record to keep. The other one is merged into it: empty fields are "
                                "filled, e-mails, phones and tags are combined, notes are appended, and every "
                                "activity and attachment moves over."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (int i = 0; i < 2; ++i) {
        m_choices[i] = new QRadioButton(tr("Keep “%1”").arg(names[i]), this);
        m_choices[i]->setObjectName(u"keepChoice%1"_s.arg(i));
        layout->addWidget(m_choices[i]);
        auto* summary = new QLabel(summaries[i], this);
        summary->setWordWrap(true);
        summary->setForegroundRole(QPalette::PlaceholderText);
        summary->setContentsMargins(24, 0, 0, 8);
        layout->addWidget(summary);
    }
    m_choices[0]->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int MergeDialog::keptIndex() const {
    return m_choices[1]->isChecked() ? 1 : 0;
}

std::optional<int> MergeDialog::chooseKept(QWidget* parent, const std::array<QString, 2>& names,
                                           const std::array<QString, 2>& summaries) {
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    MergeDialog dialog(names, summaries, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.keptIndex();
}

void MergeDialog::setNextAnswer(std::optional<int> answer) {
    s_nextAnswer = answer;
}

} // namespace Fieldbook
