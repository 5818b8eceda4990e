#include "StringMakers.h"
#include "widgets/UndoHistory.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("what was undone can be redone until something new is done", "[ui][undo]") {
    UndoHistory history;
    QStringList log;
    auto entry = [&](const QString& name) {
        return history.push(
            name + u" deleted"_s,
            [&log, name]() -> Result<void> {
                log.append(u"restore "_s + name);
                return {};
            },
            [&log, name]() -> Result<void> {
                log.append(u"delete "_s + name);
                return {};
            });
    };
    CHECK_FALSE(history.canUndo());
    CHECK_FALSE(history.canRedo());
    CHECK_FALSE(history.redo());
    entry(u"Ada"_s);
    const int grace = entry(u"Grace"_s);
    CHECK(history.undoDescription() == u"Grace deleted"_s);

    REQUIRE(history.undo());
    CHECK(history.canRedo());
    CHECK(history.redoDescription() == u"Grace deleted"_s);
    CHECK(history.undoDescription() == u"Ada deleted"_s);
    REQUIRE(history.redo());
    CHECK(log == QStringList{u"restore Grace"_s, u"delete Grace"_s});
    CHECK_FALSE(history.canRedo());
    CHECK(history.undoDescription() == u"Grace deleted"_s);

    // A banner's Undo of a redone entry still finds it by its token.
    REQUIRE(history.undo(grace));
    CHECK(history.canRedo());
    entry(u"Linus"_s); // something new: Grace's deletion cannot be redone any more
    CHECK_FALSE(history.canRedo());
    CHECK(history.undoDescription() == u"Linus deleted"_s);
}

TEST_CASE("an undo that fails is dropped and offers nothing to redo", "[ui][undo]") {
    UndoHistory history;
    history.push(
        u"Contact deleted"_s, [] { return Result<void>(fail(ErrorCode::NotFound, u"gone"_s)); },
        [] { return Result<void>(); });
    CHECK_FALSE(history.undo());
    CHECK_FALSE(history.canUndo());
    CHECK_FALSE(history.canRedo());
}
