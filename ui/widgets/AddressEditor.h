#pragma once

#include "domain/ContactPoint.h"

#include <QWidget>

class QLineEdit;

namespace Fieldbook {

/// Street, postal code, city, region and country of a postal address.
class AddressEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AddressEditor(QWidget* parent = nullptr);

    void setAddress(const PostalAddress& address);
    PostalAddress address() const;

signals:
    void changed();

private:
    QLineEdit* addField(const QString& objectName, const QString& placeholder);

    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_country;
};

} // namespace Fieldbook
