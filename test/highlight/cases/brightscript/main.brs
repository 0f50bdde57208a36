' Channel entry point
sub Main(args as Dynamic)
    screen = CreateObject("roSGScreen")
    m.port = CreateObject("roMessagePort")
    screen.setMessagePort(m.port)
    scene = screen.CreateScene("HomeScene")
    screen.show()

    if args.contentId <> invalid and args.mediaType <> invalid then
        scene.deepLink = { id: args.contentId, type: args.mediaType }
    end if

    while true
        msg = wait(0, m.port)
        msgType = type(msg)
        if msgType = "roSGScreenEvent"
            if msg.isScreenClosed() then return
        end if
    end while
end sub

function FormatDuration(seconds as Integer) as String
    minutes = Int(seconds / 60)
    rest = seconds MOD 60
    result = minutes.ToStr() + ":"
    if rest < 10 then result = result + "0"
    return result + rest.ToStr()
end function

function LoadFeed(url as String) as Object
    transfer = CreateObject("roUrlTransfer")
    transfer.SetUrl(url)
    json = ParseJson(transfer.GetToString())
    items = []
    for each item in json.items
        items.Push({ title: item.title, length: item.duration * 1.5 })
    end for
    total& = 12345678901&
    ratio! = 0.25
    print "loaded "; items.Count(); " items"
    return items
end function
