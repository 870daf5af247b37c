#include "readiness/Profile.h"
