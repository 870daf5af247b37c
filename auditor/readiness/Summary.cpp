#include "readiness/Summary.h"
