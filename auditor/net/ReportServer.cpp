#include "net/ReportServer.h"
