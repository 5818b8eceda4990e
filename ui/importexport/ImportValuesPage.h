#pragma once

#include <QWizardPage>

class QTableWidget;

namespace Fieldbook {

class ImportSetup;

/// Step 3 (CSV): picklist values (industry, country, role...) as found in the file, each with the
/// value it becomes on import, so that "Tech", "IT" and "Technology" can all land as one.
class ImportValuesPage final : public QWizardPage {
    Q_OBJECT
public:
    enum Column { FieldColumn, SourceColumn, CountColumn, TargetColumn };
    static constexpr int kMaxValuesPerField = 500;

    ImportValuesPage(ImportSetup& setup, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void addValues(const QString& field, const QList<QPair<QString, int>>& values);

    ImportSetup& m_setup;
    QTableWidget* m_table;
};

} // namespace Fieldbook
