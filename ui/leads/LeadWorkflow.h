#pragma once

#include "widgets/MessageBanner.h"
#include "workflows/LeadConversion.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace Fieldbook {

class Database;

/// The lead actions that change status or owner: qualify, disqualify (asking for the reason),
/// convert (in its dialog), assign by hand and round-robin. Each asks what it needs, runs the
/// workflow (LeadQualification, LeadConversion, LeadAssignment) and says what happened, for the
/// section's banner.
class LeadWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(LeadWorkflow)

public:
    /// What an action did, to be told in the banner.
    struct Outcome {
        QString text;
        MessageBanner::Type type = MessageBanner::Type::Positive;
        /// A record the banner offers to open ("accounts", id), after a conversion.
        QString openTable;
        QString openId;
    };

    /// Dialogs open over `dialogParent`.
    LeadWorkflow(Database& db, QWidget* dialogParent);

    // nullopt: the user cancelled, nothing changed.
    std::optional<Outcome> qualify(const QStringList& ids);
    std::optional<Outcome> disqualify(const QStringList& ids);
    std::optional<Outcome> convert(const QString& id);
    std::optional<Outcome> assign(const QStringList& ids);
    std::optional<Outcome> assignRoundRobin(const QStringList& ids);
    /// What the last convert() made (the account, contact and opportunity), if it converted.
    const std::optional<LeadConversionResult>& converted() const { return m_converted; }

private:
    /// "“Jane Roe”" for one lead, "3 leads" for several.
    QString describe(const QStringList& ids) const;
    static Outcome failure(const QString& text) { return {text, MessageBanner::Type::Error, {}, {}}; }

    Database& m_db;
    QWidget* m_parent;
    std::optional<LeadConversionResult> m_converted;
};

} // namespace Fieldbook
