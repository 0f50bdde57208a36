module Main exposing (main, Model, Msg(..))

import Browser
import Html exposing (Html, button, div, text)
import Html.Events exposing (onClick)

{- The model
   {- nested -} -}
type alias Model =
    { count : Int
    , name : String
    }

type Msg
    = Increment
    | Decrement
    | Reset

init : Model
init =
    { count = 0, name = "counter" }

update : Msg -> Model -> Model
update msg model =
    case msg of
        Increment ->
            { model | count = model.count + 1 }

        Decrement ->
            { model | count = model.count - 1 }

        Reset ->
            init

view : Model -> Html Msg
view model =
    let
        label = "Count: " ++ String.fromInt model.count
        ratio = 1.5e3 / 2
    in
    div []
        [ button [ onClick Decrement ] [ text "-" ]
        , text label
        , button [ onClick Increment ] [ text "+" ]
        , text """multi
line"""
        ]

main =
    Browser.sandbox { init = init, update = update, view = view }
        |> identity
