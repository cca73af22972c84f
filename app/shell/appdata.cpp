#include "appdata.h"

#include "common/datafile.h"

namespace calfatlas::app {

AppData AppData::loadBuiltIn()
{
    AppData data;
    try {
        data.references = References::builtIn();
        data.selfTest = assessment::SelfTestContent::builtIn(data.references);
    } catch (const DataFileException &error) {
        data.problems.append(error.error().message());
    }
    return data;
}

} // namespace calfatlas::app
