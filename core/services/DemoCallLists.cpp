#include "DemoCallLists.h"

#include "CallListBuilder.h"
#include "PhoneRegion.h"
#include "store/records/CallListRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Result<void> DemoCallLists::build(Database& db, QDate today) {
    struct Demo {
        QString name;
        CallListSource source;
        int priority;
        CallListFilter filter;
    };
    CallListFilter quiet;
    quiet.notContactedSince = today.addDays(-60);
    CallListFilter fresh;
    fresh.leadStatus = u"new"_s;
    const QString script = u"Good morning {first_name}, this is {owner} from Fieldbook. We last spoke about {company}: "
                           u"do you have two minutes? 您好，{first_name}，我是 Fieldbook 的 {owner}。"_s;
    for (const Demo& demo : {Demo{u"New leads 新线索"_s, CallListSource::Leads, 5, fresh},
                             Demo{u"Spring campaign 春季活动"_s, CallListSource::Contacts, 0, quiet}}) {
        CallList list;
        list.name = demo.name;
        list.source = demo.source;
        list.priority = demo.priority;
        list.script = script;
        auto saved = CallListRepository(db).save(list);
        if (!saved)
            return std::unexpected(saved.error());
        auto built = CallListBuilder(db, PhoneRegion::load(db)).fromStore(saved->id, demo.source, demo.filter);
        if (!built)
            return std::unexpected(built.error());
    }
    return {};
}

} // namespace Fieldbook
