#pragma once

#include "domain/ContactPoint.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Fieldbook {

/// Several typed e-mail addresses or phone numbers, added and removed with buttons.
class ContactPointsEditor final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Email, Phone };

    explicit ContactPointsEditor(Kind kind, QWidget* parent = nullptr);

    void setPoints(const ContactPoints& points);
    /// The entries with a value, in order.
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
    };
    Row& appendRow(const ContactPoint& point);
    void removeRow(QWidget* rowWidget);
    void normalize(QLineEdit* edit);

    Kind m_kind;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<Row> m_rows;
};

} // namespace Fieldbook
