#pragma once

#include <QDialog>

namespace Fieldbook {

class Database;
class MessageBanner;
class SellerProfileEditor;

/// Asked once, before the first quote: who the quote comes from, the user's own name and the
/// company (name, address, tax number, logo, default payment terms and tax rate). "Later" skips
/// it; Settings › Company changes it at any time.
class SellerProfileDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SellerProfileDialog(Database& db, QWidget* parent = nullptr);

    SellerProfileEditor* editor() const { return m_editor; }
    /// Saves; on a refusal (a logo too large, say) the dialog stays open and says why.
    void accept() override;

private:
    MessageBanner* m_banner;
    SellerProfileEditor* m_editor;
};

} // namespace Fieldbook
