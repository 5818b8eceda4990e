#include "CalendarImportLines.h"

#include "calendar/IcsContentLine.h"
#include "calendar/IcsText.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::CalendarImportLines {

namespace {

struct Block {
    int line = 0;
    QString uid;
    bool used = false;
};

bool isItemBegin(const IcsContentLine& line) {
    if (line.name != "BEGIN")
        return false;
    const QString value = line.value.trimmed().toUpper();
    return value == u"VEVENT"_s || value == u"VTODO"_s;
}

/// Every VEVENT and VTODO of the file with the UID it gives, in file order.
QList<Block> blocksOf(const QByteArray& bytes) {
    QList<Block> blocks;
    int depth = 0; // inside the current item: 1, inside its VALARM: 2
    for (const IcsContentLine& line : IcsContentLines::parse(bytes).lines) {
        if (depth == 0) {
            if (isItemBegin(line)) {
                blocks.append({line.line, {}, false});
                depth = 1;
            }
        } else if (line.name == "BEGIN") {
            ++depth;
        } else if (line.name == "END") {
            --depth;
        } else if (depth == 1 && line.name == "UID") {
            blocks.last().uid = IcsText::unescape(line.value).trimmed();
        }
    }
    return blocks;
}

bool matches(const Block& block, const CalendarItem& item) {
    if (block.used)
        return false;
    // The reader names an item without UID by a hash of its content (docs/icalendar.md, Skipped).
    return block.uid.isEmpty() ? item.uid.startsWith(u"fieldbook-import-"_s) : block.uid == item.uid;
}

} // namespace

QList<int> of(const QByteArray& bytes, const QList<CalendarItem>& items) {
    QList<Block> blocks = blocksOf(bytes);
    QList<int> lines;
    lines.reserve(items.size());
    qsizetype cursor = 0;
    for (const CalendarItem& item : items) {
        qsizetype found = -1;
        // Items come in file order, except bare ones outside VCALENDAR, which the reader reads last.
        for (qsizetype i = cursor; i < blocks.size() && found < 0; ++i)
            if (matches(blocks.at(i), item))
                found = i;
        for (qsizetype i = 0; i < cursor && found < 0; ++i)
            if (matches(blocks.at(i), item))
                found = i;
        if (found < 0) {
            lines.append(0);
            continue;
        }
        blocks[found].used = true;
        lines.append(blocks.at(found).line);
        cursor = found + 1;
    }
    return lines;
}

} // namespace Fieldbook::CalendarImportLines
