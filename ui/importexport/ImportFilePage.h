#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Fieldbook {

class ImportSetup;
class MessageBanner;

/// Step 1 of the import wizard: the file (CSV or vCard) and the kind of records it holds.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportSetup& setup, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void onPathChanged();
    /// Chooses the record type the CSV file at `path` most likely holds; false when nothing tells.
    bool guessType(const QString& path);
    bool loadCsv();

    ImportSetup& m_setup;
    QLineEdit* m_path;
    QComboBox* m_type;
    QLabel* m_hint;
    MessageBanner* m_error;
};

} // namespace Fieldbook
