#pragma once

#include "common/Error.h"
#include "domain/Pipeline.h"

#include <optional>

namespace Fieldbook {

class Database;

/// The organisation's sales pipelines: the only write path for them. The built-in standard
/// pipeline is always there; a stored pipeline with the key "standard" replaces its names and
/// stages. Pipelines belong to the organisation, so only managers and admins change them.
class PipelineRepository final {
public:
    explicit PipelineRepository(Database& db);

    /// The pipelines in the order they are offered: the standard one first, then the other active
    /// pipelines by position and name (inactive ones too, after them, when asked). Never empty.
    [[nodiscard]] Result<QList<Pipeline>> pipelines(bool includeInactive = false) const;
    /// The pipeline `key`, active or not; nullopt when there is none.
    [[nodiscard]] Result<std::optional<Pipeline>> pipeline(const QString& key) const;

    /// Saves a pipeline that passes Pipeline::validate() and whose name no other pipeline has. A
    /// new pipeline (empty key) gets its record id as key; new stages (empty keys) get generated
    /// keys, and existing stages keep theirs when renamed. A stage that live opportunities are
    /// still in cannot be removed. Returns the pipeline as saved, keys filled in.
    [[nodiscard]] Result<Pipeline> save(Pipeline pipeline);
    /// Takes a pipeline out of use; refused for the standard pipeline and while open
    /// opportunities are in it.
    [[nodiscard]] Result<void> deactivate(const QString& key);
    /// Offers a deactivated pipeline again.
    [[nodiscard]] Result<void> activate(const QString& key);

    /// Whether the local user may change pipelines (a manager or an admin).
    [[nodiscard]] bool canEdit() const;

private:
    /// Refuses a name another pipeline has, a pipeline that no longer exists and the removal of a
    /// stage live opportunities are in.
    [[nodiscard]] Result<void> checkChange(const Pipeline& p, bool isNew) const;
    /// Writes the pipeline's row (its position, and whether it is active, kept from the stored one).
    [[nodiscard]] Result<void> write(Pipeline& p);
    [[nodiscard]] Result<void> setActive(const QString& key, bool active);
    Database& m_db;
};

} // namespace Fieldbook
