#include "CompanyProfileEditor.h"

#include "FileDialog.h"
#include "store/db/StoreFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CompanyProfileEditor::CompanyProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_paymentTerms(new QLineEdit(this))
    , m_taxRate(new QDoubleSpinBox(this))
    , m_logo(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("Remove"), this)) {
    m_name->setObjectName(u"companyName"_s);
    m_address->setObjectName(u"companyAddress"_s);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_address->setPlaceholderText(tr("Street, postal code and city, country"));
    m_paymentTerms->setPlaceholderText(tr("e.g. 30 days net"));
    m_taxRate->setObjectName(u"defaultTaxRate"_s);
    m_taxRate->setRange(0, 100);
    m_taxRate->setDecimals(2);
    m_taxRate->setSuffix(tr(" %"));
    m_taxRate->setToolTip(tr("Items typed on a quote (not products of the catalogue) start with this tax rate."));
    m_logo->setObjectName(u"companyLogo"_s);
    m_logo->setMinimumSize(160, 56);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(choose);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Tax number:"), m_taxId);
    form->addRow(tr("Payment &terms:"), m_paymentTerms);
    form->addRow(tr("Default ta&x rate:"), m_taxRate);
    form->addRow(tr("Logo:"), logoRow);
    auto* note = new QLabel(tr("Printed on every quote. New quotes start with these payment terms; items that are "
                               "not products start with the default tax rate."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::openFileName(this, tr("Choose a logo"), {}, tr("Images (*.png *.jpg *.jpeg *.svg)"));
        QString problem;
        if (!path.isEmpty() && !loadLogo(path, &problem))
            m_logo->setText(problem);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        showLogo();
    });
    showLogo();
}

void CompanyProfileEditor::setProfile(const CompanyProfile& p) {
    m_name->setText(p.name);
    m_address->setPlainText(p.address);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_website->setText(p.website);
    m_taxId->setText(p.taxId);
    m_paymentTerms->setText(p.defaultPaymentTerms);
    m_taxRate->setValue(p.defaultTaxRate.toString().toDouble());
    m_logoBytes = p.logo;
    showLogo();
}

CompanyProfile CompanyProfileEditor::profile() const {
    CompanyProfile p;
    p.name = m_name->text();
    p.address = m_address->toPlainText();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.website = m_website->text();
    p.taxId = m_taxId->text();
    p.defaultPaymentTerms = m_paymentTerms->text();
    // Two decimals at most, so the C-locale text is exact.
    p.defaultTaxRate = Decimal4::parse(QString::number(m_taxRate->value(), 'f', 2)).value_or(Decimal4{});
    p.logo = m_logoBytes;
    return p;
}

bool CompanyProfileEditor::loadLogo(const QString& path, QString* problem) {
    if (auto refused = StoreFiles::refuse(path); !refused) {
        *problem = refused.error().message;
        return false;
    }
    QFile file(path);
    if (file.size() > CompanyProfile::kMaxLogoBytes) {
        *problem = tr("%1 is larger than 2 MB.").arg(QFileInfo(path).fileName());
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        *problem = tr("%1 is not an image Fieldbook can read.").arg(QFileInfo(path).fileName());
        return false;
    }
    m_logoBytes = bytes;
    showLogo();
    return true;
}

void CompanyProfileEditor::showLogo() {
    const QImage image = QImage::fromData(m_logoBytes);
    m_removeLogo->setEnabled(!image.isNull());
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(
        image.scaled(QSize(160, 56) * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace Fieldbook
