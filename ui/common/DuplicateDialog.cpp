#include "DuplicateDialog.h"

#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

std::optional<std::pair<DuplicateDialog::Choice, int>> DuplicateDialog::s_nextAnswer;

DuplicateDialog::DuplicateDialog(const QList<DuplicateCandidate>& candidates, const QString& newName, QWidget* parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_list(new QListWidget(this)) {
    setObjectName(u"duplicateDialog"_s);
    setWindowTitle(tr("Possible duplicate"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("“%1” looks like a record that already exists. Open the existing one, merge the new entry into it, "
           "or create it anyway:")
            .arg(newName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(u"duplicateList"_s);
    for (const DuplicateCandidate& candidate : candidates) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(candidate.displayName, reasonText(candidate.reason)), m_list);
        item->setData(Qt::UserRole, candidate.id);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(tr("Open existing"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openExistingButton"_s);
    auto* merge = buttons->addButton(tr("Merge into existing"), QDialogButtonBox::ActionRole);
    merge->setObjectName(u"mergeExistingButton"_s);
    auto* create = buttons->addButton(tr("Create anyway"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createAnywayButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    open->setDefault(true);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, [this] { finish(Choice::OpenExisting); });
    connect(merge, &QPushButton::clicked, this, [this] { finish(Choice::MergeIntoExisting); });
    connect(create, &QPushButton::clicked, this, [this] { finish(Choice::CreateAnyway); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { finish(Choice::OpenExisting); });
}

void DuplicateDialog::finish(Choice choice) {
    m_answer.choice = choice;
    if (auto* item = m_list->currentItem())
        m_answer.existingId = item->data(Qt::UserRole).toString();
    accept();
}

DuplicateDialog::Answer DuplicateDialog::ask(QWidget* parent, const QList<DuplicateCandidate>& candidates,
                                             const QString& newName) {
    if (s_nextAnswer) {
        const auto [choice, index] = *s_nextAnswer;
        s_nextAnswer.reset();
        return Answer{choice, candidates.value(index).id};
    }
    DuplicateDialog dialog(candidates, newName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.m_answer;
}

void DuplicateDialog::setNextAnswer(Choice choice, int index) {
    s_nextAnswer = std::pair{choice, index};
}

QString DuplicateDialog::reasonText(DuplicateCandidate::Reason reason) {
    switch (reason) {
    case DuplicateCandidate::Reason::SameEmail:
        return tr("same e-mail address");
    case DuplicateCandidate::Reason::SamePhone:
        return tr("same phone number");
    case DuplicateCandidate::Reason::SimilarName:
        return tr("very similar name");
    case DuplicateCandidate::Reason::SameWebsite:
        return tr("same website");
    }
    return {};
}

} // namespace Fieldbook
