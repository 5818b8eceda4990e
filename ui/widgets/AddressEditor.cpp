#include "AddressEditor.h"

#include <QGridLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

AddressEditor::AddressEditor(QWidget* parent)
    : QWidget(parent)
    , m_street(addField(u"streetEdit"_s, tr("Street")))
    , m_postalCode(addField(u"postalCodeEdit"_s, tr("Postal code")))
    , m_city(addField(u"cityEdit"_s, tr("City")))
    , m_region(addField(u"regionEdit"_s, tr("Region")))
    , m_country(addField(u"countryEdit"_s, tr("Country"))) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_street, 0, 0, 1, 3);
    layout->addWidget(m_postalCode, 1, 0);
    layout->addWidget(m_city, 1, 1, 1, 2);
    layout->addWidget(m_region, 2, 0, 1, 2);
    layout->addWidget(m_country, 2, 2);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
}

QLineEdit* AddressEditor::addField(const QString& objectName, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(placeholder);
    connect(edit, &QLineEdit::textEdited, this, &AddressEditor::changed);
    return edit;
}

void AddressEditor::setAddress(const PostalAddress& address) {
    m_street->setText(address.street);
    m_postalCode->setText(address.postalCode);
    m_city->setText(address.city);
    m_region->setText(address.region);
    m_country->setText(address.country);
}

PostalAddress AddressEditor::address() const {
    return PostalAddress{m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(),
                         m_postalCode->text().trimmed(), m_country->text().trimmed()};
}

} // namespace Fieldbook
