#include "CalendarCliOptions.h"

#include "CliContext.h"
#include "store/db/StoreFiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void CalendarCliOptions::addPeriod(QCommandLineParser& parser) {
    parser.addOption({u"from"_s, tr("The first day (ISO date, e.g. 2027-03-01), in the zone of --zone."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("The last day, included (ISO date)."), u"DATE"_s});
    parser.addOption(
        {u"zone"_s, tr("The IANA time zone the days and local times are in (default: the system's)."), u"ZONE"_s});
}

std::optional<QDate> CalendarCliOptions::date(const QCommandLineParser& parser, const QString& option,
                                              QString* problem) {
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        *problem = tr("--%1 expects a date like 2027-03-01, not '%2'").arg(option, text);
    return date;
}

QString CalendarCliOptions::checkPeriod(const QCommandLineParser& parser, bool required, std::optional<QDate>* from,
                                        std::optional<QDate>* to) {
    QString problem;
    *from = date(parser, u"from"_s, &problem);
    if (problem.isEmpty())
        *to = date(parser, u"to"_s, &problem);
    if (!problem.isEmpty())
        return problem;
    if (required && (!*from || !*to))
        return tr("give the period with --from DATE and --to DATE");
    if (*from && *to && **to < **from)
        return tr("--to (%1) is before --from (%2)").arg((*to)->toString(Qt::ISODate), (*from)->toString(Qt::ISODate));
    return {};
}

QTimeZone CalendarCliOptions::zone(const QCommandLineParser& parser, QString* problem) {
    if (!parser.isSet(u"zone"_s))
        return QTimeZone::systemTimeZone();
    const QString id = parser.value(u"zone"_s).trimmed();
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        *problem = tr("--zone expects an IANA time zone such as Europe/Berlin or Asia/Shanghai, not '%1'").arg(id);
    return zone;
}

int CalendarCliOptions::write(CliContext& context, const QCommandLineParser& parser, const QByteArray& bytes) {
    const QString path = parser.value(u"output"_s);
    if (path.isEmpty()) {
        context.out().write(bytes);
        return int(ExitCode::Ok);
    }
    if (auto refused = StoreFiles::refuse(path); !refused)
        return context.error(refused.error(), ExitCode::Failure);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.error(ExitCode::Failure,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
