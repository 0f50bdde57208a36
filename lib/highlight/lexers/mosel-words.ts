// Rouge 3.30 lib/rouge/lexers/mosel.rb word lists, joined as its rules join them (generated from Rouge
// with ruby -rrouge).

export const CORE_KEYWORDS = `and array as boolean break case count counter declarations div do dynamic elif else end evaluation exit false
forall forward from function if imports in include initialisations initializations integer inter is_binary
is_continuous is_free is_integer is_partint is_semcont is_semint is_sos1 is_sos2 linctr list max min mod model
mpvar next not of options or package parameters procedure public prod range real record repeat requirements
set string sum then to true union until uses version while with`.split(/\s+/).join('|');

export const CORE_FUNCTIONS = `abs arctan assert bitflip bitneg bitset bitshift bittest bitval ceil cos create currentdate currenttime
cuthead cuttail delcell exists exit exp exportprob fclose fflush finalize findfirst findlast floor fopen
fselect fskipline getact getcoeff getcoeffs getdual getfid getfirst gethead getfname getlast getobjval
getparam getrcost getreadcnt getreverse getsize getslack getsol gettail gettype getvars iseof ishidden isodd
ln log makesos1 makesos2 maxlist minlist publish random read readln reset reverse round setcoeff sethidden
setioerr setname setparam setrandseed settype sin splithead splittail sqrt strfmt substr timestamp unpublish
write writeln`.split(/\s+/).join('|');

export const MMXPRS_FUNCTIONS = `addmipsol basisstability calcsolinfo clearmipdir clearmodcut command copysoltoinit defdelayedrows
defsecurevecs estimatemarginals fixglobal getbstat getdualray getiis getiissense getiistype getinfcause
getinfeas getlb getloadedlinctrs getloadedmpvars getname getprimalray getprobstat getrange getsensrng getsize
getsol getub getvars implies indicator isiisvalid isintegral loadbasis loadmipsol loadprob maximize minimize
postsolve readbasis readdirs readsol refinemipsol rejectintsol repairinfeas resetbasis resetiis resetsol
savebasis savemipsol savesol savestate selectsol setbstat setcallback setcbcutoff setgndata setlb setmipdir
setmodcut setsol setub setucbdata stopoptimize unloadprob writebasis writedirs writeprob writesol xor`.split(/\s+/).join('|');

export const MMSYSTEM_FUNCTIONS = `addmonths copytext cuttext deltext endswith expandpath fcopy fdelete findfiles findtext fmove getasnumber
getchar getcwd getdate getday getdaynum getdays getdirsep getendparse setendparse getenv getfsize getfstat
getftime gethour getminute getmonth getmsec getpathsep getqtype setqtype getsecond getsepchar setsepchar
getsize getstart setstart getsucc setsucc getsysinfo getsysstat gettime gettmpdir gettrim settrim getweekday
getyear inserttext isvalid makedir makepath newtar newzip nextfield openpipe parseextn parseint parsereal
parsetext pastetext pathmatch pathsplit qsort quote readtextline regmatch regreplace removedir removefiles
setchar setdate setday setenv sethour setminute setmonth setmsec setsecond settime setyear sleep startswith
system tarlist textfmt tolower toupper trim untar unzip ziplist`.split(/\s+/).join('|');

export const MMJOBS_FUNCTIONS = `clearaliases connect disconnect findxsrvs getaliases getbanner gethostalias sethostalias compile detach
getannidents getannotations getexitcode getgid getid getnode getrmtid getstatus getuid load reset resetmodpar
run setcontrol setdefstream setmodpar setworkdir stop unload dropnextevent getclass getfromgid getfromid
getfromuid getnextevent getvalue isqueueempty nullevent peeknextevent send setgid setuid wait waitfor`.split(/\s+/).join('|');
