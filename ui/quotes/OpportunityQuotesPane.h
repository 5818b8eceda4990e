#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QLabel;

namespace Fieldbook {

class Database;

/// The quotes of one opportunity, every revision with its status, total and validity; "New quote"
/// makes a draft from the opportunity (in the price list of its currency, if there is one) and
/// opens it; Enter or a double click opens a quote in the QuoteEditor.
class OpportunityQuotesPane final : public QWidget {
    Q_OBJECT
public:
    enum Column { Number, Title, Status, Total, ValidUntil };

    explicit OpportunityQuotesPane(Database& db, QWidget* parent = nullptr);

    /// Shows the quotes of `opportunityId`; an empty id (an opportunity not saved yet) shows none
    /// and disables "New quote".
    void setOpportunity(const QString& opportunityId);
    void reload();
    /// Creates a draft and opens it. The first quote of a store without the seller's details asks
    /// for them first (SellerProfileDialog, once) and is made when that dialog closes.
    void createQuote();
    void openQuote(const QString& quoteId);
    int quoteCount() const;

signals:
    /// A quote changed; accepting one changes the opportunity too.
    void quotesChanged();

private:
    void makeQuote();

    Database& m_db;
    QString m_opportunityId;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QLabel* m_message;
};

} // namespace Fieldbook
