#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace Fieldbook {

class ImportSetup;
class MessageBanner;

/// Step 2 (CSV): which column of the file feeds which field, with a preview of the first rows as
/// they would be imported.
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    ImportMappingPage(ImportSetup& setup, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void clearRows();
    void addFieldRow(int row, const QString& field);
    void onMappingChanged();
    void updatePreview();
    QStringList mappedFields() const;

    ImportSetup& m_setup;
    QWidget* m_rowsWidget;
    QGridLayout* m_rows;
    QHash<QString, QComboBox*> m_combos;
    QHash<QString, QLabel*> m_samples;
    QTableWidget* m_preview;
    QLabel* m_note;
    MessageBanner* m_error;
};

} // namespace Fieldbook
