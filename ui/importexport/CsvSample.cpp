#include "CsvSample.h"

#include "io/CsvReader.h"
#include "services/InputFile.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace Fieldbook {

Result<CsvSample> CsvSample::read(const QString& path, int maxRows) {
    QFile file;
    if (auto opened = InputFile::open(path, file); !opened)
        return std::unexpected(opened.error());
    CsvReader reader(&file);
    auto header = reader.header();
    if (!header)
        return std::unexpected(header.error());
    CsvSample sample;
    sample.m_header = *header;
    while (sample.m_rows.size() < maxRows) {
        auto next = reader.next();
        if (!next) {
            if (!reader.canContinue())
                return std::unexpected(next.error());
            sample.m_problems.append(next.error().message);
            continue;
        }
        if (!*next) {
            sample.m_complete = true;
            break;
        }
        sample.m_rows.append(std::move(**next));
    }
    return sample;
}

QList<QPair<QString, int>> CsvSample::distinctValues(qsizetype column, int limit) const {
    QList<QPair<QString, int>> values;
    QHash<QString, qsizetype> indexOf; // lower-case value -> position in `values`
    for (const auto& row : m_rows) {
        const QString value = row.value(column).trimmed();
        if (value.isEmpty())
            continue;
        const QString key = value.toLower();
        const auto found = indexOf.constFind(key);
        if (found != indexOf.cend()) {
            ++values[*found].second;
            continue;
        }
        indexOf.insert(key, values.size());
        values.append({value, 1});
    }
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (values.size() > limit)
        values.resize(limit);
    return values;
}

} // namespace Fieldbook
