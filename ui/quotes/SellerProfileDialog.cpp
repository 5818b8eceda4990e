#include "SellerProfileDialog.h"

#include "widgets/MessageBanner.h"
#include "widgets/SellerProfileEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

SellerProfileDialog::SellerProfileDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_editor(new SellerProfileEditor(db, this)) {
    setObjectName(u"sellerProfileDialog"_s);
    setWindowTitle(tr("Your details on quotes"));
    auto* intro = new QLabel(tr("Your customers see these on every quote: who it comes from and whom to ask. "
                                "You can change them later in Settings › Company."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SellerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SellerProfileDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void SellerProfileDialog::accept() {
    if (auto saved = m_editor->save(); !saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    QDialog::accept();
}

} // namespace Fieldbook
