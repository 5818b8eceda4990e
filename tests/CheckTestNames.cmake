# catch_discover_tests splits test names at semicolons, and ctest then runs a filter that matches
# no test and passes. Fails when a TEST_CASE name holds a semicolon.
file(GLOB_RECURSE sources ${ROOT}/tests/*.cpp)
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "TEST_CASE\\(\"[^\"]*;")
    if(lines)
        list(APPEND bad ${source})
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "TEST_CASE names with a semicolon (ctest would skip them): ${bad}")
endif()
