#pragma once

#include "common/Error.h"
#include "store/records/CallListCandidates.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace Fieldbook {

class Database;

/// What a new call list is built from (docs/telesales.md, Building a list): contacts, leads or
/// accounts and the criteria that keep some of them (industry, region, tag, owner, no contact
/// since a day, lead status, RFM segment), or a CSV file. Shows only the criteria the source has.
class CallListSourceForm final : public QWidget {
    Q_OBJECT
public:
    explicit CallListSourceForm(Database& db, QWidget* parent = nullptr);

    /// What the list is built from; Csv for a file.
    CallListSource source() const;
    /// The criteria as CallListBuilder reads them; InvalidInput when the segment cannot be read.
    [[nodiscard]] Result<CallListFilter> filter() const;
    /// The criteria as stored with the list ({"filters": ["industry=Banking", ...]}), as the
    /// command line stores them.
    QString description() const;
    QString csvPath() const;

    QComboBox* sourceCombo() const { return m_source; }

signals:
    void changed();

private:
    void addRows();
    void updateRows();
    void browse();

    Database& m_db;
    QFormLayout* m_form;
    QComboBox* m_source;
    QComboBox* m_industry;
    QLineEdit* m_region;
    QLineEdit* m_tag;
    QComboBox* m_owner;
    QCheckBox* m_sinceOn;
    QDateEdit* m_since;
    QComboBox* m_status;
    QComboBox* m_segment;
    QLineEdit* m_csv;
};

} // namespace Fieldbook
