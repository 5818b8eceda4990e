#pragma once

#include "domain/ContactPoint.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Fieldbook {

class FieldCheck;

/// Several typed e-mail addresses or phone numbers, added and removed with buttons. Each value is
/// checked when the user leaves it (FieldCheck): phone numbers are put in international form.
class ContactPointsEditor final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Email, Phone };

    explicit ContactPointsEditor(Kind kind, QWidget* parent = nullptr);

    /// The region phone numbers without a country code are read in ("DE"; "" for none).
    void setRegion(const QString& region);
    /// Shows `points`, marking the values that are not valid.
    void setPoints(const ContactPoints& points);
    /// The entries with a value, in order; phone numbers in international form where readable.
    ContactPoints points() const;
    /// Adds an empty row and focuses it.
    void addRow();
    QLineEdit* valueEdit(int row) const;
    int rowCount() const { return int(m_rows.size()); }

signals:
    void changed();

private:
    struct Row {
        QWidget* widget;
        QComboBox* type;
        QLineEdit* value;
        QWidget* remove;
        FieldCheck* check;
    };
    Row& appendRow(const ContactPoint& point);
    void placeInTabOrder(const Row& row) const;
    void removeRow(QWidget* rowWidget);

    Kind m_kind;
    QString m_region;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<Row> m_rows;
};

} // namespace Fieldbook
